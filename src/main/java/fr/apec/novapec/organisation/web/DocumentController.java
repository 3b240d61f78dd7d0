package fr.apec.novapec.organisation.web;

import java.io.IOException;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.organisation.DocumentDeletion;
import fr.apec.novapec.organisation.DocumentFile;
import fr.apec.novapec.organisation.DocumentKeptException;
import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.organisation.DocumentUploadForm;
import fr.apec.novapec.organisation.DocumentVaultService;
import fr.apec.novapec.organisation.OrganisationDetails;
import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.organisation.RejectedDocumentException;
import fr.apec.novapec.shared.Downloads;
import fr.apec.novapec.shared.Notices;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The document vault of an organisation: the list with expired documents flagged, sending a file,
 * downloading one, and deleting one after a page that asks to confirm (and says why not when an application
 * sent to Apec keeps the document). Every route answers 404 to anyone who is not a member of the
 * organisation, and for any document that is not the organisation's.
 */
@Controller
@RequestMapping("/espace/organisation/{id:\\d+}/documents")
class DocumentController {

	static final String PAGE = "organisation/documents";

	static final String DELETION_PAGE = "organisation/document-delete";

	private final OrganisationService organisations;

	private final DocumentVaultService vault;

	private final Notices notices;

	DocumentController(OrganisationService organisations, DocumentVaultService vault, Notices notices) {
		this.organisations = organisations;
		this.vault = vault;
		this.notices = notices;
	}

	@GetMapping
	String documents(@PathVariable long id, CurrentAccount who, Model model) {
		OrganisationDetails organisation = this.organisations.details(id, who);
		model.addAttribute("document", new DocumentUploadForm());
		return page(organisation, who, model);
	}

	@PostMapping
	String upload(@PathVariable long id, @Valid @ModelAttribute("document") DocumentUploadForm form,
			BindingResult errors, CurrentAccount who, Model model, RedirectAttributes redirect) throws IOException {
		// Membership first: to anyone else the organisation does not exist, whatever was posted.
		OrganisationDetails organisation = this.organisations.details(id, who);
		form.validate(errors);
		if (errors.hasErrors()) {
			return page(organisation, who, model);
		}
		try {
			this.vault.store(id, who, form.toUpload());
		}
		catch (RejectedDocumentException ex) {
			form.reject(errors, ex);
			return page(organisation, who, model);
		}
		this.notices.notice(redirect, "document.stored", form.fileName());
		return "redirect:/espace/organisation/" + id + "/documents";
	}

	@GetMapping("/{documentId:\\d+}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId, CurrentAccount who) {
		DocumentFile file = this.vault.download(id, documentId, who);
		return Downloads.attachment(file.originalName(), file.mediaType(), file.content());
	}

	@GetMapping("/{documentId:\\d+}/supprimer")
	String confirmDeletion(@PathVariable long id, @PathVariable long documentId, CurrentAccount who, Model model) {
		OrganisationDetails organisation = this.organisations.details(id, who);
		return deletionPage(organisation, this.vault.deletion(id, documentId, who), model);
	}

	@PostMapping("/{documentId:\\d+}/supprimer")
	String delete(@PathVariable long id, @PathVariable long documentId, CurrentAccount who, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		OrganisationDetails organisation = this.organisations.details(id, who);
		try {
			String name = this.vault.delete(id, documentId, who);
			this.notices.notice(redirect, "document.deleted", name);
			return "redirect:/espace/organisation/" + id + "/documents";
		}
		catch (DocumentKeptException ex) {
			// The page that asked to confirm, now saying why not: the document is still there.
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return deletionPage(organisation, ex.deletion(), model);
		}
	}

	private String deletionPage(OrganisationDetails organisation, DocumentDeletion deletion, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("deletion", deletion);
		return DELETION_PAGE;
	}

	private String page(OrganisationDetails organisation, CurrentAccount who, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("documents", this.vault.documents(organisation.id(), who));
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("maxSizeMb", DocumentVaultService.MAX_SIZE / (1024 * 1024));
		return PAGE;
	}

}
