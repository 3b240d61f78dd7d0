package fr.apec.novapec.application.web;

import java.security.Principal;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.application.ApplicationService;
import fr.apec.novapec.organisation.OrganisationService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The applicant's home: the organisations it belongs to and their applications. */
@Controller
class ApplicantSpaceController {

	private final AccountService accounts;

	private final OrganisationService organisations;

	private final ApplicationService applications;

	ApplicantSpaceController(AccountService accounts, OrganisationService organisations,
			ApplicationService applications) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.applications = applications;
	}

	@GetMapping("/espace")
	String space(Principal principal, Model model) {
		model.addAttribute("displayName", this.accounts.displayName(principal.getName()));
		model.addAttribute("organisations", this.organisations.organisationsOf(principal.getName()));
		model.addAttribute("applications", this.applications.applicationsOfMember(principal.getName()));
		return "applicant/space";
	}

}
