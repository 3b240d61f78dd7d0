package fr.apec.novapec.application.web;


import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.application.Actor;
import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.application.ApplicationSubmissions;
import fr.apec.novapec.application.ApplicationTransitions;
import fr.apec.novapec.application.Applications;
import fr.apec.novapec.application.ApplicationStatus;
import fr.apec.novapec.application.AttestationMissingException;
import fr.apec.novapec.application.Blocker;
import fr.apec.novapec.application.IllegalTransitionException;
import fr.apec.novapec.application.Lifecycle;
import fr.apec.novapec.application.Review;
import fr.apec.novapec.application.Submission;
import fr.apec.novapec.application.SubmissionBlockedException;
import fr.apec.novapec.reference.ReferenceDataService;
import fr.apec.novapec.shared.Notices;
import jakarta.validation.Valid;

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
 * The end of an application's journey on the applicant's side: the review step that shows the whole
 * application section by section (each with a link to its step), then what still blocks its submission,
 * then the attestation the member ticks to submit it; the submission itself, refused without the
 * attestation; and its withdrawal behind a confirmation page. Only the
 * members of the application's organisation reach these pages (404 for anyone else, before anything
 * posted is read).
 */
@Controller
@RequestMapping("/espace/candidatures/{id:\\d+}")
class ApplicationSubmissionController {

	private static final String FORM = "form";

	private final Applications applications;

	private final ApplicationSubmissions submissions;

	private final ApplicationTransitions transitions;

	private final Notices notices;

	private final ReferenceDataService reference;

	ApplicationSubmissionController(Applications applications, ApplicationSubmissions submissions,
			ApplicationTransitions transitions, Notices notices, ReferenceDataService reference) {
		this.applications = applications;
		this.submissions = submissions;
		this.transitions = transitions;
		this.notices = notices;
		this.reference = reference;
	}

	// Review and submission

	@GetMapping("/" + Step.REVIEW_SLUG)
	String review(@PathVariable long id, CurrentAccount who, Model model) {
		model.addAttribute(FORM, new SubmissionForm());
		return reviewPage(this.submissions.review(id, who), false, model);
	}

	/**
	 * Submits the application if nothing blocks it and the member ticked the attestation; otherwise the
	 * review step again, with what blocks it, or with the attestation's message beside its box (and in
	 * the error summary at the top). Nothing changes then.
	 */
	@PostMapping("/deposer")
	String submit(@PathVariable long id, @ModelAttribute(FORM) SubmissionForm form, BindingResult errors,
			CurrentAccount who, Model model, RedirectAttributes redirect) {
		ApplicationDraft draft = this.applications.draft(id, who);
		if (draft.status() == ApplicationStatus.SUBMITTED) {
			// The second click of a double click, or the page sent again.
			this.notices.alert(redirect, "application.submit.already");
			return overview(id);
		}
		try {
			Submission submission = this.submissions.submit(id, who, form.isAttested());
			if (submission.roundLabel() != null) {
				this.notices.notice(redirect, "application.submitted.round", submission.roundLabel());
			}
			else {
				this.notices.notice(redirect, "application.submitted.waiting");
			}
			return overview(id);
		}
		catch (SubmissionBlockedException ex) {
			return reviewPage(this.submissions.review(id, who), true, model);
		}
		catch (AttestationMissingException ex) {
			if (!errors.hasFieldErrors("attested")) {
				// A value the box never sends (typeMismatch.form.attested) already says the same.
				errors.rejectValue("attested", "application.attestation.required");
			}
			return reviewPage(this.submissions.review(id, who), false, model);
		}
		catch (IllegalTransitionException ex) {
			ApplicationStatus now = this.applications.draft(id, who).status();
			if (now == ApplicationStatus.SUBMITTED) {
				// Submitted by the other click while this one waited.
				this.notices.alert(redirect, "application.submit.already");
			}
			else {
				this.notices.alert(redirect, "application.submit.refused", this.notices.text("status." + now));
			}
			return overview(id);
		}
	}

	private String reviewPage(Review review, boolean refused, Model model) {
		ApplicationDraft draft = review.draft();
		Recap.addTo(model, draft, review.documents(), this.reference);
		model.addAttribute("review", review);
		model.addAttribute("items", review.blockers().stream().map((blocker) -> item(draft, blocker)).toList());
		model.addAttribute("refused", refused);
		model.addAttribute("steps", Step.values());
		return "application/verification";
	}

	private Item item(ApplicationDraft draft, Blocker blocker) {
		return switch (blocker.fix()) {
			case STEP -> {
				Step step = Step.of(blocker.section());
				yield new Item(this.notices.text(step.labelKey()), this.notices.text(blocker.messageKey()),
						"/espace/candidatures/" + draft.id() + "/" + step.slug(),
						this.notices.text("application.review.fix.step", this.notices.text(step.labelKey())));
			}
			case ORGANISATION -> new Item(this.notices.text("application.review.organisation"),
					this.notices.text(blocker.messageKey()),
					"/espace/organisation/" + draft.organisationId() + "/modifier",
					this.notices.text("application.review.fix.organisation"));
			case DOCUMENTS -> new Item(this.notices.text("application.review.documents"),
					this.notices.text(blocker.messageKey(), this.notices.text("document.kind." + blocker.document())),
					"/espace/organisation/" + draft.organisationId() + "/documents",
					this.notices.text("application.review.fix.documents"));
		};
	}

	/** A blocker as the review page lists it: where, what, and the link that fixes it. */
	record Item(String where, String what, String href, String linkText) {
	}

	// Withdrawal

	@GetMapping("/retirer")
	String initWithdrawal(@PathVariable long id, CurrentAccount who, Model model, RedirectAttributes redirect) {
		ApplicationDraft draft = this.applications.draft(id, who);
		if (!withdrawable(draft)) {
			return withdrawalRefused(draft, redirect);
		}
		model.addAttribute("draft", draft);
		model.addAttribute("form", new WithdrawalForm());
		return "application/retirer";
	}

	@PostMapping("/retirer")
	String processWithdrawal(@PathVariable long id, @Valid @ModelAttribute("form") WithdrawalForm form,
			BindingResult errors, CurrentAccount who, Model model, RedirectAttributes redirect) {
		ApplicationDraft draft = this.applications.draft(id, who);
		if (!withdrawable(draft)) {
			return withdrawalRefused(draft, redirect);
		}
		if (errors.hasErrors()) {
			model.addAttribute("draft", draft);
			return "application/retirer";
		}
		this.transitions.withdraw(id, who, Texts.trim(form.getReason()));
		this.notices.notice(redirect, "application.withdrawn");
		return overview(id);
	}

	private static boolean withdrawable(ApplicationDraft draft) {
		return Lifecycle.allows(draft.status(), ApplicationStatus.WITHDRAWN, Actor.APPLICANT);
	}

	private String withdrawalRefused(ApplicationDraft draft, RedirectAttributes redirect) {
		this.notices.alert(redirect, "application.withdraw.refused", this.notices.text("status." + draft.status()));
		return overview(draft.id());
	}

	private static String overview(long id) {
		return "redirect:/espace/candidatures/" + id;
	}

}
