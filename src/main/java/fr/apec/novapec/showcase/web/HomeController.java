package fr.apec.novapec.showcase.web;

import fr.apec.novapec.budget.BudgetService;
import fr.apec.novapec.laureate.LaureateService;
import fr.apec.novapec.reference.ReferenceDataService;

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

	HomeController(BudgetService budgets, LaureateService laureates, ReferenceDataService reference) {
		this.budgets = budgets;
		this.laureates = laureates;
		this.reference = reference;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("budget", this.budgets.latestBudget().orElse(null));
		model.addAttribute("figures", this.laureates.figures());
		model.addAttribute("latest", this.laureates.latest(LATEST_LAUREATES));
		RegionController.addMap(model, this.reference, this.laureates);
		return "showcase/home";
	}

	@GetMapping("/candidater")
	String howToApply() {
		return "showcase/apply";
	}

}
