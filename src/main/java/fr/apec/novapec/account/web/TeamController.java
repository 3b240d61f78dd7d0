package fr.apec.novapec.account.web;

import java.time.Clock;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.account.StaffAdministration;
import fr.apec.novapec.account.StaffAdministration.InvitationOutcome;
import fr.apec.novapec.account.StaffAdministration.TeamMember;
import fr.apec.novapec.account.TeamChangeRefusedException;
import fr.apec.novapec.account.web.AccountForms.StaffInvitationForm;
import fr.apec.novapec.account.web.AccountForms.TeamRolesForm;
import fr.apec.novapec.reference.ReferenceDataService;
import fr.apec.novapec.reference.Region;
import fr.apec.novapec.shared.Notices;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
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
 * The staff team, for administrators only (the URL rule and StaffAdministration's own check): the list of
 * staff accounts with the invitation form, and each account's page where its roles and regional teams change
 * and where it is disabled or enabled again. A refused change (the last administrator, oneself) is said on
 * the page it came from.
 */
@Controller
@RequestMapping("/gestion/equipe")
class TeamController {

	private static final String INVITE_FORM = "inviteForm";

	private static final String MEMBER_FORM = "memberForm";

	private final StaffAdministration team;

	private final ReferenceDataService reference;

	private final Notices notices;

	private final Clock clock;

	TeamController(StaffAdministration team, ReferenceDataService reference, Notices notices, Clock clock) {
		this.team = team;
		this.reference = reference;
		this.notices = notices;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute(INVITE_FORM)) {
			StaffInvitationForm form = new StaffInvitationForm();
			form.getRoles().add(Role.REVIEWER);
			model.addAttribute(INVITE_FORM, form);
		}
		return listPage(model);
	}

	@PostMapping("/invitations")
	String invite(CurrentAccount who, @Valid @ModelAttribute(INVITE_FORM) StaffInvitationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		checkRoles(form, errors);
		if (!errors.hasErrors()) {
			try {
				InvitationOutcome outcome = this.team.invite(who, form.getEmail(), form.getRoles(),
						form.getRegionCodes());
				switch (outcome) {
					case ALREADY_STAFF -> errors.rejectValue("email", "team.invite.alreadyStaff");
					case OTHER_ACCOUNT -> errors.rejectValue("email", "team.invite.otherAccount");
					case SENT -> {
						this.notices.notice(redirect, "team.invite.sent", form.getEmail().strip());
						return "redirect:/gestion/equipe";
					}
				}
			}
			catch (DataIntegrityViolationException ex) {
				// Another administrator invited the same address at the same moment.
				errors.rejectValue("email", "team.invite.alreadyStaff");
			}
		}
		return listPage(model);
	}

	@GetMapping("/{id:\\d+}")
	String member(@PathVariable long id, Model model) {
		TeamMember member = this.team.member(id);
		if (!model.containsAttribute(MEMBER_FORM)) {
			TeamRolesForm form = new TeamRolesForm();
			member.roles().stream().filter(Role.STAFF_ROLES::contains).forEach(form.getRoles()::add);
			form.getRegionCodes().addAll(member.regionCodes());
			model.addAttribute(MEMBER_FORM, form);
		}
		return memberPage(member, model);
	}

	@PostMapping("/{id:\\d+}")
	String change(@PathVariable long id, CurrentAccount who, @Valid @ModelAttribute(MEMBER_FORM) TeamRolesForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		checkRoles(form, errors);
		if (!errors.hasErrors()) {
			try {
				this.team.change(who, id, form.getRoles(), form.getRegionCodes());
				this.notices.notice(redirect, "team.member.changed");
				return "redirect:/gestion/equipe/" + id;
			}
			catch (TeamChangeRefusedException ex) {
				errors.rejectValue("roles", ex.messageKey());
			}
		}
		return memberPage(this.team.member(id), model);
	}

	@PostMapping("/{id:\\d+}/desactiver")
	String disable(@PathVariable long id, CurrentAccount who, RedirectAttributes redirect) {
		try {
			this.team.disable(who, id);
			this.notices.notice(redirect, "team.member.disabled");
		}
		catch (TeamChangeRefusedException ex) {
			this.notices.alert(redirect, ex.messageKey());
		}
		return "redirect:/gestion/equipe/" + id;
	}

	@PostMapping("/{id:\\d+}/reactiver")
	String enable(@PathVariable long id, CurrentAccount who, RedirectAttributes redirect) {
		this.team.enable(who, id);
		this.notices.notice(redirect, "team.member.enabled");
		return "redirect:/gestion/equipe/" + id;
	}

	@PostMapping("/{id:\\d+}/invitation")
	String resendInvitation(@PathVariable long id, CurrentAccount who, RedirectAttributes redirect) {
		this.team.resendInvitation(who, id);
		this.notices.notice(redirect, "team.invite.resent");
		return "redirect:/gestion/equipe/" + id;
	}

	/** Only the roles of Apec's side may be given here; anything else came from a crafted request. */
	private static void checkRoles(TeamRolesForm form, BindingResult errors) {
		if (!errors.hasFieldErrors("roles") && !Role.STAFF_ROLES.containsAll(form.getRoles())) {
			errors.rejectValue("roles", "team.roles.required");
		}
	}

	private String listPage(Model model) {
		model.addAttribute("members", this.team.team());
		model.addAttribute("regions", this.reference.regions());
		model.addAttribute("regionNames", this.reference.regions().stream()
			.collect(java.util.stream.Collectors.toMap(Region::code, Region::name)));
		model.addAttribute("staffRoles", Role.STAFF_ROLES);
		model.addAttribute("now", this.clock.instant());
		return "staff/equipe";
	}

	private String memberPage(TeamMember member, Model model) {
		model.addAttribute("member", member);
		model.addAttribute("regions", this.reference.regions());
		model.addAttribute("staffRoles", Role.STAFF_ROLES);
		model.addAttribute("now", this.clock.instant());
		return "staff/equipe-membre";
	}

}
