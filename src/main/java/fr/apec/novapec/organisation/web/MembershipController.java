package fr.apec.novapec.organisation.web;


import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.organisation.InvitationLink;
import fr.apec.novapec.organisation.MembershipService;
import fr.apec.novapec.organisation.InvitationOutcome;
import fr.apec.novapec.organisation.JoinRequestAlreadyDecidedException;
import fr.apec.novapec.organisation.LastMemberException;
import fr.apec.novapec.organisation.OrganisationDetails;
import fr.apec.novapec.organisation.OrganisationService;
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
 * The members of an organisation: who they are, the requests to join that wait for a decision, the
 * invitations by e-mail, leaving; and the page of an invitation link. Every route with an organisation id
 * answers 404 to anyone who is not a member.
 */
@Controller
@RequestMapping("/espace/organisation")
class MembershipController {

	static final String MEMBERS = "organisation/members";

	private final OrganisationService organisations;

	private final MembershipService memberships;

	private final Notices notices;

	MembershipController(OrganisationService organisations, MembershipService memberships, Notices notices) {
		this.organisations = organisations;
		this.memberships = memberships;
		this.notices = notices;
	}

	@GetMapping("/{id:\\d+}/membres")
	String members(@PathVariable long id, CurrentAccount who, Model model) {
		OrganisationDetails organisation = this.organisations.details(id, who);
		model.addAttribute("invitation", new InvitationForm());
		return membersPage(organisation, who, model);
	}

	@PostMapping("/{id:\\d+}/invitations")
	String invite(@PathVariable long id, @Valid @ModelAttribute("invitation") InvitationForm form,
			BindingResult errors, CurrentAccount who, Model model, RedirectAttributes redirect) {
		OrganisationDetails organisation = this.organisations.details(id, who);
		if (errors.hasErrors()) {
			return membersPage(organisation, who, model);
		}
		InvitationOutcome outcome = this.memberships.invite(id, who, form.getEmail());
		if (outcome == InvitationOutcome.DAILY_LIMIT_REACHED) {
			errors.rejectValue("email", "invitation.dailyLimit",
					new Object[] { OrganisationService.INVITATIONS_PER_DAY }, null);
			return membersPage(organisation, who, model);
		}
		String email = form.getEmail().strip();
		if (outcome == InvitationOutcome.SENT) {
			this.notices.notice(redirect, "invitation.sent", email);
		}
		else {
			this.notices.alert(redirect, "invitation.alreadyMemberAddress", email);
		}
		return "redirect:/espace/organisation/" + id + "/membres";
	}

	@PostMapping("/{id:\\d+}/demandes/{requestId:\\d+}/accepter")
	String acceptJoinRequest(@PathVariable long id, @PathVariable long requestId, CurrentAccount who,
			RedirectAttributes redirect) {
		try {
			String name = this.memberships.acceptJoinRequest(id, requestId, who);
			this.notices.notice(redirect, "joinRequest.accepted", name);
		}
		catch (JoinRequestAlreadyDecidedException ex) {
			this.notices.alert(redirect, "joinRequest.alreadyDecided");
		}
		return "redirect:/espace/organisation/" + id + "/membres";
	}

	@PostMapping("/{id:\\d+}/demandes/{requestId:\\d+}/refuser")
	String refuseJoinRequest(@PathVariable long id, @PathVariable long requestId, CurrentAccount who,
			RedirectAttributes redirect) {
		try {
			String name = this.memberships.refuseJoinRequest(id, requestId, who);
			this.notices.notice(redirect, "joinRequest.refused", name);
		}
		catch (JoinRequestAlreadyDecidedException ex) {
			this.notices.alert(redirect, "joinRequest.alreadyDecided");
		}
		return "redirect:/espace/organisation/" + id + "/membres";
	}

	@PostMapping("/{id:\\d+}/quitter")
	String leave(@PathVariable long id, CurrentAccount who, RedirectAttributes redirect) {
		try {
			String name = this.memberships.leave(id, who);
			this.notices.notice(redirect, "membership.left", name);
			return "redirect:/espace";
		}
		catch (LastMemberException ex) {
			this.notices.alert(redirect, "membership.lastMember");
			return "redirect:/espace/organisation/" + id + "/membres";
		}
	}

	@GetMapping("/invitations/{token:[A-Za-z0-9_-]{1,100}}")
	String invitation(@PathVariable String token, CurrentAccount who, Model model) {
		model.addAttribute("invitation", this.memberships.invitation(token, who));
		model.addAttribute("token", token);
		return "organisation/invitation";
	}

	@PostMapping("/invitations/{token:[A-Za-z0-9_-]{1,100}}")
	String acceptInvitation(@PathVariable String token, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		InvitationLink invitation = this.memberships.acceptInvitation(token, who);
		if (invitation.status() == InvitationLink.Status.VALID) {
			this.notices.notice(redirect, "invitation.accepted", invitation.organisationName());
			return "redirect:/espace/organisation/" + invitation.organisationId();
		}
		if (invitation.status() == InvitationLink.Status.ALREADY_MEMBER) {
			this.notices.notice(redirect, "invitation.alreadyMember", invitation.organisationName());
			return "redirect:/espace/organisation/" + invitation.organisationId();
		}
		model.addAttribute("invitation", invitation);
		model.addAttribute("token", token);
		return "organisation/invitation";
	}

	private String membersPage(OrganisationDetails organisation, CurrentAccount who, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("members", this.memberships.members(organisation.id(), who));
		model.addAttribute("joinRequests", this.memberships.pendingJoinRequests(organisation.id(), who));
		model.addAttribute("pendingInvitations",
				this.memberships.pendingInvitations(organisation.id(), who));
		return MEMBERS;
	}

}
