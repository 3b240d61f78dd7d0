package fr.apec.novapec.application.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.application.ApplicationNotEditableException;
import fr.apec.novapec.application.ApplicationDrafting;
import fr.apec.novapec.application.Applications;
import fr.apec.novapec.application.StepChangedElsewhereException;
import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.organisation.DocumentRow;
import fr.apec.novapec.organisation.DocumentUploadForm;
import fr.apec.novapec.organisation.DocumentVaultService;
import fr.apec.novapec.organisation.RejectedDocumentException;
import fr.apec.novapec.reference.ReferenceDataService;
import fr.apec.novapec.reference.Region;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps of an application: each a page that shows what the draft says and a POST that saves only that
 * step's fields, whole or not at all. A step may be saved incomplete; a value that breaks a rule is
 * refused beside its field with what was typed. Only the members of the application's organisation see
 * it (404 for anyone else, before anything posted is read), and only a draft or a returned application
 * changes.
 * <p>
 * With JavaScript the step forms save themselves (autosave): htmx posts the form to the same URL, and the
 * POST answers an htmx request ({@code HX-Request}) with a small status fragment instead of the redirect:
 * the time of the save, what breaks a rule (nothing of the step saved), or that the application can no
 * longer be changed. Without JavaScript the step's button saves with post-redirect-get.
 */
@Controller
@RequestMapping("/espace/candidatures/{id:\\d+}")
class ApplicationStepController {

	private static final String FORM = "form";

	/** The form that sends a new file to the vault from the documents step. */
	private static final String UPLOAD = "upload";

	/** The header htmx sends with its requests: the same POST then answers an autosave with a fragment. */
	private static final String HTMX = "HX-Request";

	/** The hidden field of a step form: the version of the application the page was rendered with. */
	private static final String VERSION = "version";

	private static final String AUTOSAVE_STALE = "stale";

	private static final String AUTOSAVE_SAVED = "saved";

	private static final String AUTOSAVE_INVALID = "invalid";

	private static final String AUTOSAVE_REFUSED = "refused";

	private final Applications applications;

	private final ApplicationDrafting drafting;

	private final ReferenceDataService reference;

	private final Notices notices;

	private final DocumentVaultService vault;

	ApplicationStepController(Applications applications, ApplicationDrafting drafting, ReferenceDataService reference,
			Notices notices, DocumentVaultService vault) {
		this.applications = applications;
		this.drafting = drafting;
		this.reference = reference;
		this.notices = notices;
		this.vault = vault;
	}

	// The project

	@GetMapping("/projet")
	String initProject(@PathVariable long id, CurrentAccount who, Model model) {
		return init(Step.PROJECT, id, who, model, ProjectForm::of);
	}

	@PostMapping("/projet")
	String processProject(@PathVariable long id, @Valid @ModelAttribute(FORM) ProjectForm form, BindingResult errors,
			@RequestHeader(name = HTMX, required = false) String htmx,
			@RequestParam(name = VERSION, required = false) Long version, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		return process(Step.PROJECT, id, htmx, version, who, model, redirect,
				(draft) -> errors.hasErrors() ? null : form.toPart(),
				(part) -> this.drafting.save(id, who, part, version));
	}

	// Theme and publics

	@GetMapping("/themes-et-publics")
	String initThemes(@PathVariable long id, CurrentAccount who, Model model) {
		return init(Step.THEMES, id, who, model, ThemesForm::of);
	}

	@PostMapping("/themes-et-publics")
	String processThemes(@PathVariable long id, @Valid @ModelAttribute(FORM) ThemesForm form, BindingResult errors,
			@RequestHeader(name = HTMX, required = false) String htmx,
			@RequestParam(name = VERSION, required = false) Long version, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		return process(Step.THEMES, id, htmx, version, who, model, redirect,
				(draft) -> errors.hasErrors() ? null : form.toPart(this.reference.publicCodes()),
				(part) -> this.drafting.save(id, who, part, version));
	}

	// Territories

	@GetMapping("/territoires")
	String initTerritories(@PathVariable long id, CurrentAccount who, Model model) {
		return init(Step.TERRITORIES, id, who, model, TerritoriesForm::of);
	}

	@PostMapping("/territoires")
	String processTerritories(@PathVariable long id, @Valid @ModelAttribute(FORM) TerritoriesForm form,
			BindingResult errors, @RequestHeader(name = HTMX, required = false) String htmx,
			@RequestParam(name = VERSION, required = false) Long version, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		return process(Step.TERRITORIES, id, htmx, version, who, model, redirect, (draft) -> {
			List<String> codes = regionCodes();
			List<String> chosen = form.chosenRegions(codes);
			String lead = form.lead(chosen);
			if (!chosen.isEmpty() && (lead == null || !chosen.contains(lead))) {
				errors.rejectValue("leadRegion", "application.leadRegion.notChosen");
			}
			else if (chosen.isEmpty() && lead != null) {
				errors.rejectValue("leadRegion", "application.leadRegion.noRegion");
			}
			List<TerritoriesForm.CityRow> rows = form.rows();
			for (int i = 0; i < rows.size(); i++) {
				TerritoriesForm.CityRow row = rows.get(i);
				if (row.blank()) {
					continue;
				}
				if (Texts.trim(row.getName()).length() > 100) {
					errors.rejectValue("cities[" + i + "].name", "application.city.name.tooLong");
				}
				if (row.getRegion() == null || !chosen.contains(row.getRegion())) {
					errors.rejectValue("cities[" + i + "].region", "application.city.region.notChosen");
				}
			}
			return errors.hasErrors() ? null : form.toPart(codes);
		}, (draft) -> form.padded(), (part) -> this.drafting.save(id, who, part, version));
	}

	// Beneficiaries and calendar

	@GetMapping("/beneficiaires-et-calendrier")
	String initSchedule(@PathVariable long id, CurrentAccount who, Model model) {
		return init(Step.SCHEDULE, id, who, model, ScheduleForm::of);
	}

	@PostMapping("/beneficiaires-et-calendrier")
	String processSchedule(@PathVariable long id, @ModelAttribute(FORM) ScheduleForm form,
			BindingResult errors, @RequestHeader(name = HTMX, required = false) String htmx,
			@RequestParam(name = VERSION, required = false) Long version, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		return process(Step.SCHEDULE, id, htmx, version, who, model, redirect,
				(draft) -> form.validate(errors, draft.publics()),
				(part) -> this.drafting.save(id, who, part, version));
	}

	// Budget

	@GetMapping("/budget")
	String initBudget(@PathVariable long id, CurrentAccount who, Model model) {
		return init(Step.BUDGET, id, who, model, BudgetForm::of);
	}

	@PostMapping("/budget")
	String processBudget(@PathVariable long id, @ModelAttribute(FORM) BudgetForm form, BindingResult errors,
			@RequestHeader(name = HTMX, required = false) String htmx,
			@RequestParam(name = VERSION, required = false) Long version, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		return process(Step.BUDGET, id, htmx, version, who, model, redirect,
				(draft) -> form.validate(errors, draft.callMaxAmount()), (draft) -> form.padded(),
				(part) -> this.drafting.save(id, who, part, version));
	}

	// Impact indicators

	@GetMapping("/indicateurs")
	String initIndicators(@PathVariable long id, CurrentAccount who, Model model) {
		return init(Step.INDICATORS, id, who, model, IndicatorsForm::of);
	}

	@PostMapping("/indicateurs")
	String processIndicators(@PathVariable long id, @ModelAttribute(FORM) IndicatorsForm form, BindingResult errors,
			@RequestHeader(name = HTMX, required = false) String htmx,
			@RequestParam(name = VERSION, required = false) Long version, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		return process(Step.INDICATORS, id, htmx, version, who, model, redirect, (draft) -> form.validate(errors),
				(draft) -> form.padded(), (part) -> this.drafting.save(id, who, part, version));
	}

	// Partners

	@GetMapping("/partenaires")
	String initPartners(@PathVariable long id, CurrentAccount who, Model model) {
		return init(Step.PARTNERS, id, who, model, PartnersForm::of);
	}

	@PostMapping("/partenaires")
	String processPartners(@PathVariable long id, @ModelAttribute(FORM) PartnersForm form, BindingResult errors,
			@RequestHeader(name = HTMX, required = false) String htmx,
			@RequestParam(name = VERSION, required = false) Long version, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		return process(Step.PARTNERS, id, htmx, version, who, model, redirect, (draft) -> form.validate(errors),
				(draft) -> form.padded(), (part) -> this.drafting.save(id, who, part, version));
	}

	// Documents from the organisation's vault

	@GetMapping("/documents")
	String initDocuments(@PathVariable long id, CurrentAccount who, Model model) {
		ApplicationDraft draft = this.applications.draft(id, who);
		if (!draft.editable()) {
			return readOnlyPage(Step.DOCUMENTS, draft, who, model);
		}
		model.addAttribute(FORM, DocumentsForm.of(draft));
		return documentsPage(draft, who, model);
	}

	@PostMapping("/documents")
	String processDocuments(@PathVariable long id, @ModelAttribute(FORM) DocumentsForm form, BindingResult errors,
			@RequestHeader(name = HTMX, required = false) String htmx,
			@RequestParam(name = VERSION, required = false) Long version, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		return process(Step.DOCUMENTS, id, htmx, version, who, model, redirect,
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
			return refused(draft, null, model, redirect);
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
				return refused(draft, null, model, redirect);
			}
		}
		model.addAttribute(FORM, DocumentsForm.of(draft));
		return documentsPage(draft, who, model);
	}

	private String documentsPage(ApplicationDraft draft, CurrentAccount who, Model model) {
		documentsModel(draft, who, model);
		return page(Step.DOCUMENTS, draft, model);
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

	// Shared

	/**
	 * The page of a step, its form filled from what the draft says; once the application can no longer
	 * change, what the step says as text instead (see {@link #readOnlyPage}).
	 */
	private String init(Step step, long id, CurrentAccount who, Model model, Function<ApplicationDraft, ?> form) {
		ApplicationDraft draft = this.applications.draft(id, who);
		if (!draft.editable()) {
			return readOnlyPage(step, draft, who, model);
		}
		model.addAttribute(FORM, form.apply(draft));
		return page(step, draft, model);
	}

	/**
	 * A step of an application that can no longer change (submitted, in review, decided, withdrawn): its
	 * values as text, rendered as in the review step and the PDF, and no field to type in.
	 */
	private String readOnlyPage(Step step, ApplicationDraft draft, CurrentAccount who, Model model) {
		Recap.addTo(model, draft, this.applications.attachedDocuments(draft, who), this.reference);
		model.addAttribute("step", step);
		model.addAttribute("steps", Step.values());
		return "application/etape-en-lecture";
	}

	private <P> String process(Step step, long id, String htmx, Long version, CurrentAccount who, Model model,
			RedirectAttributes redirect, Function<ApplicationDraft, P> check, Consumer<P> saving) {
		return process(step, id, htmx, version, who, model, redirect, check, (draft) -> {
		}, saving);
	}

	/**
	 * The POST of a step. Membership first (404 to anyone else, whatever was posted), then refused unless
	 * the draft may change; then the step's own checks, which put each broken rule beside its field and give
	 * the part to save, or null when something breaks a rule: nothing is saved then, and {@code beforePage}
	 * readies the form to be shown again (not for an autosave, which gets the status fragment). Otherwise the
	 * part is saved (see {@link #save}).
	 */
	private <P> String process(Step step, long id, String htmx, Long version, CurrentAccount who, Model model,
			RedirectAttributes redirect, Function<ApplicationDraft, P> check, Consumer<ApplicationDraft> beforePage,
			Consumer<P> saving) {
		ApplicationDraft draft = this.applications.draft(id, who);
		if (!draft.editable()) {
			return refused(draft, htmx, model, redirect);
		}
		P part = check.apply(draft);
		if (part == null) {
			if (htmx != null) {
				return autosaveStatus(model, AUTOSAVE_INVALID, null);
			}
			beforePage.accept(draft);
			return page(step, draft, model);
		}
		return save(step, draft, htmx, who, model, redirect, beforePage, () -> saving.accept(part));
	}

	private String page(Step step, ApplicationDraft draft, Model model) {
		model.addAttribute("draft", draft);
		model.addAttribute("step", step);
		model.addAttribute("steps", Step.values());
		model.addAttribute("regions", this.reference.regions());
		model.addAttribute("themes", this.reference.themeCodes());
		model.addAttribute("publics", this.reference.publicCodes());
		return "application/" + step.slug();
	}

	/**
	 * Saves the whole step the request carries. Two tabs writing the same draft each post their whole step
	 * with the version of the application their page was rendered with: the service locks the application
	 * for each save and refuses one from a page older than the application (another tab saved since), so
	 * nothing is overwritten silently. The page then comes back with what was typed, the message that the
	 * step changed elsewhere and the current version (saving again is a choice made knowingly); an autosave
	 * gets the message in its status and the typed values stay in the page. An autosave (htmx request on
	 * the same URL) gets the status fragment with the time of the save and the new version instead of the
	 * redirect.
	 */
	private String save(Step step, ApplicationDraft draft, String htmx, CurrentAccount who, Model model,
			RedirectAttributes redirect, Consumer<ApplicationDraft> beforePage, Runnable saving) {
		try {
			saving.run();
		}
		catch (StepChangedElsewhereException ex) {
			ApplicationDraft current = this.applications.draft(draft.id(), who);
			if (htmx != null) {
				model.addAttribute("draft", current);
				return autosaveStatus(model, AUTOSAVE_STALE, null);
			}
			model.addAttribute("stepChangedElsewhere", true);
			beforePage.accept(current);
			return page(step, current, model);
		}
		catch (ApplicationNotEditableException ex) {
			// Submitted or withdrawn between the page and the save.
			return refused(draft, htmx, model, redirect);
		}
		if (htmx != null) {
			model.addAttribute("draft", this.applications.draft(draft.id(), who));
			return autosaveStatus(model, AUTOSAVE_SAVED, Instant.now());
		}
		this.notices.notice(redirect, "application.saved");
		return "redirect:/espace/candidatures/" + draft.id() + "/" + step.slug();
	}

	private String refused(ApplicationDraft draft, String htmx, Model model, RedirectAttributes redirect) {
		if (htmx != null) {
			return autosaveStatus(model, AUTOSAVE_REFUSED, null);
		}
		this.notices.alert(redirect, "application.notEditable");
		return "redirect:/espace/candidatures/" + draft.id();
	}

	private static String autosaveStatus(Model model, String outcome, Instant savedAt) {
		model.addAttribute("autosave", outcome);
		model.addAttribute("savedAt", savedAt);
		return "application/fragments :: autosaveStatus";
	}

	private List<String> regionCodes() {
		return this.reference.regions().stream().map(Region::code).toList();
	}

}
