package fr.apec.novapec.application.web;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.application.ApplicationNotEditableException;
import fr.apec.novapec.application.Applications;
import fr.apec.novapec.application.StepChangedElsewhereException;
import fr.apec.novapec.reference.ReferenceDataService;
import fr.apec.novapec.shared.Notices;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every step page of an application does the same way, for the controllers of the steps
 * ({@link ApplicationStepController}, {@link ApplicationDocumentsStepController}): the page of a step or its
 * values as text once the application can no longer change, and the POST of a step with its checks, its
 * save from a page of a known version, and the answer to an autosave.
 */
@Component
class StepPages {

	static final String FORM = "form";

	/** The header htmx sends with its requests: the same POST then answers an autosave with a fragment. */
	static final String HTMX = "HX-Request";

	/** The hidden field of a step form: the version of the application the page was rendered with. */
	static final String VERSION = "version";

	private static final String AUTOSAVE_STALE = "stale";

	private static final String AUTOSAVE_SAVED = "saved";

	private static final String AUTOSAVE_INVALID = "invalid";

	private static final String AUTOSAVE_REFUSED = "refused";

	private final Applications applications;

	private final ReferenceDataService reference;

	private final Notices notices;

	StepPages(Applications applications, ReferenceDataService reference, Notices notices) {
		this.applications = applications;
		this.reference = reference;
		this.notices = notices;
	}

	/**
	 * The page of a step, its form filled from what the draft says; once the application can no longer
	 * change, what the step says as text instead (see {@link #readOnlyPage}).
	 */
	String init(Step step, long id, CurrentAccount who, Model model, Function<ApplicationDraft, ?> form) {
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
	String readOnlyPage(Step step, ApplicationDraft draft, CurrentAccount who, Model model) {
		Recap.addTo(model, draft, this.applications.attachedDocuments(draft, who), this.reference);
		model.addAttribute("step", step);
		model.addAttribute("steps", Step.values());
		return "application/etape-en-lecture";
	}

	<P> String process(Step step, long id, String htmx, Long version, CurrentAccount who, Model model,
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
	<P> String process(Step step, long id, String htmx, Long version, CurrentAccount who, Model model,
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

	String page(Step step, ApplicationDraft draft, Model model) {
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
	String save(Step step, ApplicationDraft draft, String htmx, CurrentAccount who, Model model,
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

	String refused(ApplicationDraft draft, String htmx, Model model, RedirectAttributes redirect) {
		if (htmx != null) {
			return autosaveStatus(model, AUTOSAVE_REFUSED, null);
		}
		this.notices.alert(redirect, "application.notEditable");
		return "redirect:/espace/candidatures/" + draft.id();
	}

	static String autosaveStatus(Model model, String outcome, Instant savedAt) {
		model.addAttribute("autosave", outcome);
		model.addAttribute("savedAt", savedAt);
		return "application/fragments :: autosaveStatus";
	}

}
