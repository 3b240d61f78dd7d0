package fr.apec.novapec.organisation.web;


import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.organisation.JoinRequestOutcome;
import fr.apec.novapec.organisation.OrganisationData;
import fr.apec.novapec.organisation.OrganisationDetails;
import fr.apec.novapec.organisation.MembershipService;
import fr.apec.novapec.organisation.OrganisationChangedException;
import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.organisation.Siret;
import fr.apec.novapec.organisation.SiretAlreadyRegisteredException;
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
 * An applicant's organisations: the list, creating one, asking to join one whose SIRET is taken, its
 * page and its edit form. Pages of an organisation answer 404 to anyone who is not one of its members.
 */
@Controller
@RequestMapping("/espace/organisation")
class OrganisationController {

	static final String FORM = "organisation/form";

	static final String LIST = "organisation/list";

	private final OrganisationService organisations;

	private final MembershipService memberships;

	private final ReferenceDataService reference;

	private final Notices notices;

	OrganisationController(OrganisationService organisations, MembershipService memberships,
			ReferenceDataService reference, Notices notices) {
		this.organisations = organisations;
		this.memberships = memberships;
		this.reference = reference;
		this.notices = notices;
	}

	@GetMapping
	String list(CurrentAccount who, Model model) {
		model.addAttribute("joinRequest", new JoinRequestForm());
		return listPage(who, model);
	}

	private String listPage(CurrentAccount who, Model model) {
		model.addAttribute("organisations", this.organisations.organisationsOf(who));
		model.addAttribute("ownRequests", this.memberships.ownJoinRequests(who));
		return LIST;
	}

	@GetMapping("/nouvelle")
	String initCreationForm(Model model) {
		model.addAttribute("organisation", new OrganisationForm());
		return form(model, null);
	}

	@PostMapping("/nouvelle")
	String processCreationForm(@Valid @ModelAttribute("organisation") OrganisationForm form, BindingResult errors,
			CurrentAccount who, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(model, null);
		}
		OrganisationData data = form.toData();
		try {
			long id = this.organisations.create(who, data);
			this.notices.notice(redirect, "organisation.created", data.name());
			return "redirect:/espace/organisation/" + id;
		}
		catch (SiretAlreadyRegisteredException ex) {
			errors.rejectValue("siret", "organisation.siret.taken");
			model.addAttribute("takenSiret", ex.siret());
			return form(model, null);
		}
	}

	/** Asks the members of the organisation with this SIRET to let the applicant join. */
	@PostMapping("/demandes")
	String askToJoin(@Valid @ModelAttribute("joinRequest") JoinRequestForm form, BindingResult errors,
			CurrentAccount who, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return listPage(who, model);
		}
		Siret siret = Siret.parse(form.getSiret()).orElseThrow();
		JoinRequestOutcome outcome = this.memberships.askToJoin(who, siret);
		switch (outcome) {
			case SENT -> this.notices.notice(redirect, "joinRequest.sent", siret.value());
			case ALREADY_PENDING -> this.notices.notice(redirect, "joinRequest.alreadyPending", siret.value());
			case ALREADY_MEMBER -> this.notices.notice(redirect, "joinRequest.alreadyMember");
			case NO_SUCH_ORGANISATION -> {
				errors.rejectValue("siret", "joinRequest.siret.unknown");
				return listPage(who, model);
			}
		}
		return "redirect:/espace/organisation";
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, CurrentAccount who, Model model) {
		OrganisationDetails organisation = this.organisations.details(id, who);
		model.addAttribute("organisation", organisation);
		return "organisation/show";
	}

	@GetMapping("/{id:\\d+}/modifier")
	String initUpdateForm(@PathVariable long id, CurrentAccount who, Model model) {
		OrganisationDetails organisation = this.organisations.details(id, who);
		model.addAttribute("organisation", OrganisationForm.of(organisation));
		return form(model, organisation);
	}

	@PostMapping("/{id:\\d+}/modifier")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("organisation") OrganisationForm form,
			BindingResult errors, CurrentAccount who, Model model, RedirectAttributes redirect) {
		// Membership first: to anyone else the organisation does not exist, whatever was posted.
		OrganisationDetails organisation = this.organisations.details(id, who);
		if (errors.hasErrors()) {
			return form(model, organisation);
		}
		try {
			this.organisations.update(id, who, form.toData(),
					(form.getVersion() != null) ? form.getVersion() : organisation.version());
		}
		catch (SiretAlreadyRegisteredException ex) {
			errors.rejectValue("siret", "organisation.siret.takenByAnother");
			return form(model, organisation);
		}
		catch (OrganisationChangedException ex) {
			// What was typed stays on the page; sent again, it replaces the other change knowingly.
			errors.rejectValue("name", "organisation.changedElsewhere");
			form.setVersion(this.organisations.details(id, who).version());
			return form(model, organisation);
		}
		this.notices.notice(redirect, "organisation.updated");
		return "redirect:/espace/organisation/" + id;
	}

	/** The form page; {@code existing} is the organisation being changed, or null for a new one. */
	private String form(Model model, OrganisationDetails existing) {
		model.addAttribute("existing", existing);
		model.addAttribute("legalForms", this.reference.legalFormCodes());
		model.addAttribute("regions", this.reference.regions());
		return FORM;
	}

}
