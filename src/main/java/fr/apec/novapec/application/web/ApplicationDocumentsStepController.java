package fr.apec.novapec.application.web;

import java.io.IOException;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.application.ApplicationDrafting;
import fr.apec.novapec.application.ApplicationNotEditableException;
import fr.apec.novapec.application.Applications;
import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.organisation.DocumentRow;
import fr.apec.novapec.organisation.DocumentUploadForm;
import fr.apec.novapec.organisation.DocumentVaultService;
import fr.apec.novapec.organisation.RejectedDocumentException;
import fr.apec.novapec.shared.Notices;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents step of an application: the documents of the organisation's vault to attach, and a file
 * sent from the step itself, kept in the vault and attached at once. Saved as every step is (see
 * {@link ApplicationStepController} and {@link StepPages}).
 */
@Controller
@RequestMapping("/espace/candidatures/{id:\\d+}")
class ApplicationDocumentsStepController {

	/** The form that sends a new file to the vault from the documents step. */
	private static final String UPLOAD = "upload";

	private final Applications applications;

	private final ApplicationDrafting drafting;

	private final DocumentVaultService vault;

	private final Notices notices;

	private final StepPages pages;

	ApplicationDocumentsStepController(Applications applications, ApplicationDrafting drafting,
			DocumentVaultService vault, Notices notices, StepPages pages) {
		this.applications = applications;
		this.drafting = drafting;
		this.vault = vault;
		this.notices = notices;
		this.pages = pages;
	}

	@GetMapping("/documents")
	String initDocuments(@PathVariable long id, CurrentAccount who, Model model) {
		ApplicationDraft draft = this.applications.draft(id, who);
		if (!draft.editable()) {
			return this.pages.readOnlyPage(Step.DOCUMENTS, draft, who, model);
		}
		model.addAttribute(StepPages.FORM, DocumentsForm.of(draft));
		return documentsPage(draft, who, model);
	}

	@PostMapping("/documents")
	String processDocuments(@PathVariable long id, @ModelAttribute(StepPages.FORM) DocumentsForm form, BindingResult errors,
			@RequestHeader(name = StepPages.HTMX, required = false) String htmx,
			@RequestParam(name = StepPages.VERSION, required = false) Long version, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		return this.pages.process(Step.DOCUMENTS, id, htmx, version, who, model, redirect,
				(draft) -> errors.hasErrors() ? null : form.validate(errors, this.vault
					.documents(draft.organisationId(), who)
					.stream()
					.map(DocumentRow::id)
					.toList()),
				(draft) -> documentsModel(draft, who, model),
				(part) -> this.drafting.save(id, who, part, version));
	}

	/**
	 * A file sent from the documents step (a multipart form, on the step's own address, so that a body over
	 * the container's limits comes back to this page with its message): kept in the organisation's vault
	 * and attached to the application at once, or, when refused, the page again with the message beside the
	 * file and the kind and date as chosen; nothing is stored then.
	 */
	@PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String uploadDocument(@PathVariable long id, @Valid @ModelAttribute(UPLOAD) DocumentUploadForm upload,
			BindingResult errors, CurrentAccount who, Model model, RedirectAttributes redirect) throws IOException {
		// Membership first: to anyone else the application does not exist, whatever was posted.
		ApplicationDraft draft = this.applications.draft(id, who);
		if (!draft.editable()) {
			return this.pages.refused(draft, null, model, redirect);
		}
		upload.validate(errors);
		if (!errors.hasErrors()) {
			try {
				this.drafting.uploadDocument(id, who, upload.toUpload());
				this.notices.notice(redirect, "application.documents.uploaded", upload.fileName());
				return "redirect:/espace/candidatures/" + id + "/" + Step.DOCUMENTS.slug();
			}
			catch (RejectedDocumentException ex) {
				upload.reject(errors, ex);
			}
			catch (ApplicationNotEditableException ex) {
				return this.pages.refused(draft, null, model, redirect);
			}
		}
		model.addAttribute(StepPages.FORM, DocumentsForm.of(draft));
		return documentsPage(draft, who, model);
	}

	private String documentsPage(ApplicationDraft draft, CurrentAccount who, Model model) {
		documentsModel(draft, who, model);
		return this.pages.page(Step.DOCUMENTS, draft, model);
	}

	/** What the documents step shows besides its form: the vault's documents and the upload form. */
	private void documentsModel(ApplicationDraft draft, CurrentAccount who, Model model) {
		model.addAttribute("documents", this.vault.documents(draft.organisationId(), who));
		uploadForm(model);
	}

	private static void uploadForm(Model model) {
		if (!model.containsAttribute(UPLOAD)) {
			model.addAttribute(UPLOAD, new DocumentUploadForm());
		}
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("maxSizeMb", DocumentVaultService.MAX_SIZE / (1024 * 1024));
	}

}
