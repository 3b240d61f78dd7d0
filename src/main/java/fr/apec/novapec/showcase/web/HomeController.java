package fr.apec.novapec.showcase.web;

import fr.apec.novapec.budget.BudgetService;
import fr.apec.novapec.laureate.LaureateService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what Novapec is, and its key figures computed from the database. */
@Controller
class HomeController {

	private final BudgetService budgets;

	private final LaureateService laureates;

	HomeController(BudgetService budgets, LaureateService laureates) {
		this.budgets = budgets;
		this.laureates = laureates;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("budget", this.budgets.latestBudget().orElse(null));
		model.addAttribute("figures", this.laureates.figures());
		return "showcase/home";
	}

}
