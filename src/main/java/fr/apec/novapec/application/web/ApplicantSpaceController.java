package fr.apec.novapec.application.web;


import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.application.ApplicationQueries;
import fr.apec.novapec.organisation.OrganisationService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The applicant's home: the organisations it belongs to and their applications. */
@Controller
class ApplicantSpaceController {

	private final AccountService accounts;

	private final OrganisationService organisations;

	private final ApplicationQueries applications;

	ApplicantSpaceController(AccountService accounts, OrganisationService organisations,
			ApplicationQueries applications) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.applications = applications;
	}

	@GetMapping("/espace")
	String space(CurrentAccount who, Model model) {
		model.addAttribute("displayName", who.displayName());
		model.addAttribute("organisations", this.organisations.organisationsOf(who));
		model.addAttribute("applications", this.applications.applicationsOfMember(who));
		return "applicant/space";
	}

}
