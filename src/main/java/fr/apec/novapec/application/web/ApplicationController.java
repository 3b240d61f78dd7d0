package fr.apec.novapec.application.web;

import java.util.List;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.application.Actor;
import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.application.ApplicationMessages;
import fr.apec.novapec.application.ApplicationStatus;
import fr.apec.novapec.application.Lifecycle;
import fr.apec.novapec.application.StatusChange;
import fr.apec.novapec.application.ApplicationDrafting;
import fr.apec.novapec.application.ApplicationQueries;
import fr.apec.novapec.application.Applications;
import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.organisation.OrganisationSummary;
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
 * The applicant's applications: the dashboard, starting one, and each one's overview with its steps and
 * history. An application answers 404 to anyone who is not a member of its organisation.
 */
@Controller
@RequestMapping("/espace/candidatures")
class ApplicationController {

	private final Applications applications;

	private final ApplicationQueries queries;

	private final ApplicationDrafting drafting;

	private final OrganisationService organisations;

	private final Notices notices;

	private final ApplicationMessages messages;

	ApplicationController(Applications applications, ApplicationQueries queries, ApplicationDrafting drafting,
			OrganisationService organisations, Notices notices, ApplicationMessages messages) {
		this.applications = applications;
		this.queries = queries;
		this.drafting = drafting;
		this.organisations = organisations;
		this.notices = notices;
		this.messages = messages;
	}

	@GetMapping
	String list(CurrentAccount who, Model model) {
		model.addAttribute("applications", this.queries.applicationsOfMember(who));
		return "application/list";
	}

	@GetMapping("/nouvelle")
	String initCreationForm(CurrentAccount who, Model model) {
		NewApplicationForm form = new NewApplicationForm();
		List<OrganisationSummary> own = this.organisations.organisationsOf(who);
		if (own.size() == 1) {
			form.setOrganisationId(own.get(0).id());
		}
		model.addAttribute("application", form);
		model.addAttribute("organisations", own);
		return "application/new";
	}

	@PostMapping("/nouvelle")
	String processCreationForm(@Valid @ModelAttribute("application") NewApplicationForm form, BindingResult errors,
			CurrentAccount who, Model model, RedirectAttributes redirect) {
		List<OrganisationSummary> own = this.organisations.organisationsOf(who);
		if (!errors.hasFieldErrors("organisationId")
				&& own.stream().noneMatch((organisation) -> organisation.id() == form.getOrganisationId())) {
			// Not one of the member's organisations (a crafted request): as if none had been chosen.
			errors.rejectValue("organisationId", "application.organisation.required");
		}
		if (errors.hasErrors()) {
			model.addAttribute("organisations", own);
			return "application/new";
		}
		long id = this.drafting.createDraft(who, form.getOrganisationId(),
				Texts.trim(form.getTitle()));
		this.notices.notice(redirect, "application.created");
		return "redirect:/espace/candidatures/" + id + "/" + Step.PROJECT.slug();
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, CurrentAccount who, Model model) {
		ApplicationDraft draft = this.applications.draft(id, who);
		model.addAttribute("draft", draft);
		model.addAttribute("steps", Step.states(draft));
		List<StatusChange> history = this.applications.history(id, who);
		model.addAttribute("history", history);
		model.addAttribute("withdrawable",
				Lifecycle.allows(draft.status(), ApplicationStatus.WITHDRAWN, Actor.APPLICANT));
		// What staff asked to change: the reason of the latest line of the history, which returned it.
		String returnReason = null;
		if (draft.status() == ApplicationStatus.RETURNED && !history.isEmpty()
				&& history.get(history.size() - 1).to() == ApplicationStatus.RETURNED) {
			returnReason = history.get(history.size() - 1).reason();
		}
		model.addAttribute("returnReason", returnReason);
		// The thread with staff, and its form (kept as posted when ApplicationMessageController shows errors).
		model.addAttribute("thread", this.messages.thread(id, who));
		if (!model.containsAttribute("messageForm")) {
			model.addAttribute("messageForm", new MessageForm());
		}
		return "application/show";
	}

}
