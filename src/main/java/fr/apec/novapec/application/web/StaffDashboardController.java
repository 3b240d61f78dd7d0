package fr.apec.novapec.application.web;

import fr.apec.novapec.application.ApplicationQueries;
import fr.apec.novapec.budget.BudgetService;
import fr.apec.novapec.laureate.LaureateService;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff's home: the year's budget, the applications by state and the published laureates. */
@Controller
class StaffDashboardController {

	private final BudgetService budgets;

	private final ApplicationQueries applications;

	private final LaureateService laureates;

	StaffDashboardController(BudgetService budgets, ApplicationQueries applications, LaureateService laureates) {
		this.budgets = budgets;
		this.applications = applications;
		this.laureates = laureates;
	}

	@GetMapping("/gestion")
	String dashboard(Model model, Authentication authentication) {
		// The applications and the reports are for staff and administrators (SecurityConfiguration), not reviewers.
		model.addAttribute("staffPages", authentication.getAuthorities().stream()
			.anyMatch((a) -> a.getAuthority().equals("ROLE_STAFF") || a.getAuthority().equals("ROLE_ADMIN")));
		// A reviewer's own workspace, and the call's settings for administrators (SecurityConfiguration).
		model.addAttribute("reviewerPages", authentication.getAuthorities().stream()
			.anyMatch((a) -> a.getAuthority().equals("ROLE_REVIEWER")));
		model.addAttribute("adminPages", authentication.getAuthorities().stream()
			.anyMatch((a) -> a.getAuthority().equals("ROLE_ADMIN")));
		model.addAttribute("budget", this.budgets.latestBudget().orElse(null));
		model.addAttribute("statusCounts", this.applications.countsByStatus());
		model.addAttribute("figures", this.laureates.figures());
		return "staff/dashboard";
	}

}
