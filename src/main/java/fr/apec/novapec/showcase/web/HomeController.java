package fr.apec.novapec.showcase.web;

import java.time.Clock;
import java.time.LocalDate;

import fr.apec.novapec.budget.AnnualBudget;
import fr.apec.novapec.budget.BudgetService;
import fr.apec.novapec.laureate.LaureateService;
import fr.apec.novapec.reference.ReferenceDataService;
import fr.apec.novapec.report.ReportService;
import fr.apec.novapec.selection.SelectionService;

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

	private final SelectionService selection;

	private final Clock clock;

	HomeController(BudgetService budgets, LaureateService laureates, ReferenceDataService reference,
			ReportService reports, SelectionService selection, Clock clock) {
		this.selection = selection;
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
		addNextRound(model, today);
		return "showcase/home";
	}

	@GetMapping("/candidater")
	String howToApply(Model model) {
		addNextRound(model, LocalDate.now(this.clock));
		return "showcase/apply";
	}

	/**
	 * The next submission cut-off of the Novapec call, or null while none is set. The kept answers of these
	 * pages change with it: a change of round changes the showcase version (migration V41), and the cache key
	 * holds today's date, so a cut-off that passes is no longer announced the day after.
	 */
	private void addNextRound(Model model, LocalDate today) {
		model.addAttribute("nextRound", this.selection.nextNovapecRound(today).orElse(null));
	}

}
