package fr.apec.novapec.showcase.web;

import java.time.Clock;
import java.time.LocalDate;

import fr.apec.novapec.budget.AnnualBudget;
import fr.apec.novapec.budget.BudgetService;
import fr.apec.novapec.laureate.LaureateService;
import fr.apec.novapec.reference.ReferenceDataService;
import fr.apec.novapec.report.ReportService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what Novapec is and for whom, its key figures computed from the database, the map of
 * the regions and the latest laureates; and the page that tells who may apply and how.
 */
@Controller
class HomeController {

	static final int LATEST_LAUREATES = 3;

	private final BudgetService budgets;

	private final LaureateService laureates;

	private final ReferenceDataService reference;

	private final ReportService reports;

	private final Clock clock;

	HomeController(BudgetService budgets, LaureateService laureates, ReferenceDataService reference,
			ReportService reports, Clock clock) {
		this.budgets = budgets;
		this.laureates = laureates;
		this.reference = reference;
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Model model) {
		LocalDate today = LocalDate.now(this.clock);
		AnnualBudget current = this.budgets.budgetOf(today.getYear()).orElse(null);
		// Without a budget for this year, the latest one set is shown under its own year, said as such.
		model.addAttribute("budget", (current != null) ? current : this.budgets.latestBudget().orElse(null));
		model.addAttribute("budgetIsCurrent", current != null);
		model.addAttribute("figures", this.laureates.figures());
		model.addAttribute("firstReports", this.reports.firstReports());
		model.addAttribute("today", today);
		model.addAttribute("latest", this.laureates.latest(LATEST_LAUREATES));
		RegionController.addMap(model, this.reference, this.laureates);
		return "showcase/home";
	}

	@GetMapping("/candidater")
	String howToApply() {
		return "showcase/apply";
	}

}
