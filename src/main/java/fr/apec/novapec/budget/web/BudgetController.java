package fr.apec.novapec.budget.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.budget.BudgetBelowAwardsException;
import fr.apec.novapec.budget.BudgetPage;
import fr.apec.novapec.budget.BudgetService;
import fr.apec.novapec.budget.NoBudgetForYearException;
import fr.apec.novapec.budget.TrancheNotPayableException;
import fr.apec.novapec.budget.YearChangedException;
import fr.apec.novapec.budget.YearExistsException;
import fr.apec.novapec.budget.YearFigures;
import fr.apec.novapec.budget.YearSummary;
import fr.apec.novapec.shared.Formats;
import fr.apec.novapec.shared.Notices;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The budget page: the programme years, and for one year its figures (a table and a chart), its envelopes and its
 * awards with their tranches. Staff and administrators read it and pay tranches; administrators add years and
 * change budgets and envelopes (the URL rules and the service both say so).
 */
@Controller
@RequestMapping("/gestion/budget")
class BudgetController {

	static final String NEW_YEAR = "newYear";

	static final String BUDGET = "budgetForm";

	static final String ENVELOPES = "envelopes";

	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 2100;

	/** How many awards a page of the list shows, the oldest first: as many as the staff inbox shows applications. */
	static final int AWARDS_PER_PAGE = 20;

	private final BudgetService budget;

	private final Notices notices;

	private final Formats formats;

	BudgetController(BudgetService budget, Notices notices, Formats formats) {
		this.budget = budget;
		this.notices = notices;
		this.formats = formats;
	}

	/** The latest year's page, or the list of years (empty) with the form to add one. */
	@GetMapping
	String latest(Model model) {
		List<YearSummary> years = this.budget.years();
		if (!years.isEmpty()) {
			return "redirect:/gestion/budget/" + years.get(0).year();
		}
		model.addAttribute("years", years);
		model.addAttribute(NEW_YEAR, new BudgetForms.NewYear());
		return "staff/budget";
	}

	@GetMapping("/{year:\\d+}")
	String year(@PathVariable int year, @RequestParam(name = "page", defaultValue = "1") String page, Model model) {
		return render(year, pageNumber(page), model);
	}

	@PostMapping("/annees")
	String addYear(@ModelAttribute(NEW_YEAR) BudgetForms.NewYear form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Integer year = (form.getYear() != null && form.getYear().strip().matches("\\d{4}"))
				? Integer.valueOf(form.getYear().strip()) : null;
		if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
			errors.rejectValue("year", "budget.year.invalid", new Object[] { FIRST_YEAR, LAST_YEAR }, null);
		}
		Optional<BigDecimal> amount = positive(form.getAmount(), "amount", errors);
		if (!errors.hasErrors()) {
			try {
				this.budget.addYear(year, amount.get());
				this.notices.notice(redirect, "budget.year.added", year);
				return "redirect:/gestion/budget/" + year;
			}
			catch (YearExistsException ex) {
				errors.rejectValue("year", "budget.year.exists", new Object[] { year }, null);
			}
		}
		List<YearSummary> years = this.budget.years();
		return years.isEmpty() ? emptyPage(model) : render(years.get(0).year(), 1, model);
	}

	@PostMapping("/{year:\\d+}/montant")
	String changeBudget(@PathVariable int year, @ModelAttribute(BUDGET) BudgetForms.Budget form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Optional<BigDecimal> amount = positive(form.getBudget(), "budget", errors);
		if (!errors.hasErrors()) {
			try {
				this.budget.changeBudget(year, amount.get(), form.getVersion());
				this.notices.notice(redirect, "budget.changed", year, this.formats.money(amount.get()));
				return "redirect:/gestion/budget/" + year;
			}
			catch (BudgetBelowAwardsException ex) {
				errors.rejectValue("budget", "budget.belowAwards", new Object[] { this.formats.money(ex.awarded()) },
						null);
			}
			catch (YearChangedException ex) {
				errors.rejectValue("budget", "budget.changedElsewhere");
			}
			catch (NoBudgetForYearException ex) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
		}
		return render(year, 1, model);
	}

	@PostMapping("/{year:\\d+}/enveloppes")
	String changeEnvelopes(@PathVariable int year, @ModelAttribute(ENVELOPES) BudgetForms.Envelopes form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Map<String, BigDecimal> themes = amounts(form.getThemes(), "themes", errors);
		Map<String, BigDecimal> regions = amounts(form.getRegions(), "regions", errors);
		if (!errors.hasErrors()) {
			try {
				this.budget.changeEnvelopes(year, themes, regions, form.getVersion());
				this.notices.notice(redirect, "budget.envelopes.changed", year);
				return "redirect:/gestion/budget/" + year + "#envelopes-heading";
			}
			catch (YearChangedException ex) {
				errors.rejectValue(form.getThemes().isEmpty() ? "version"
						: "themes[" + form.getThemes().keySet().iterator().next() + "]", "budget.changedElsewhere");
			}
			catch (NoBudgetForYearException ex) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
		}
		return render(year, 1, model);
	}

	@PostMapping("/tranches/{trancheId:\\d+}/payer")
	String payTranche(@PathVariable long trancheId, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(name = "annee", defaultValue = "") String year,
			@RequestParam(name = "page", defaultValue = "1") String page, CurrentAccount who,
			RedirectAttributes redirect) {
		try {
			this.budget.payTranche(trancheId, version, who);
			this.notices.notice(redirect, "budget.tranche.paid");
		}
		catch (TrancheNotPayableException ex) {
			this.notices.alert(redirect, "budget.tranche.notPayable." + ex.reason().name(),
					this.notices.text("budget.condition." + ex.condition().name()));
		}
		return year.matches("\\d{4}")
				? "redirect:/gestion/budget/" + year + ((pageNumber(page) > 1) ? "?page=" + pageNumber(page) : "")
						+ "#awards-heading"
				: "redirect:/gestion/budget";
	}

	/** The page of awards asked for: a number from 1, anything else the first page. */
	private static int pageNumber(String page) {
		return page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
	}

	private String render(int year, int pageNumber, Model model) {
		BudgetPage page;
		try {
			page = this.budget.page(year, pageNumber, AWARDS_PER_PAGE);
		}
		catch (NoBudgetForYearException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		YearFigures figures = page.figures();
		model.addAttribute("years", this.budget.years());
		model.addAttribute("page", page);
		model.addAttribute("figures", figures);
		model.addAttribute("chart", BudgetChart.of(figures));
		if (!model.containsAttribute(NEW_YEAR)) {
			model.addAttribute(NEW_YEAR, new BudgetForms.NewYear());
		}
		if (!model.containsAttribute(BUDGET)) {
			BudgetForms.Budget form = new BudgetForms.Budget();
			form.setBudget(figures.budget().toPlainString());
			form.setVersion(figures.version());
			model.addAttribute(BUDGET, form);
		}
		if (!model.containsAttribute(ENVELOPES)) {
			BudgetForms.Envelopes form = new BudgetForms.Envelopes();
			figures.themes().forEach((line) -> form.getThemes().put(line.code(), plain(line.envelope())));
			figures.regions().forEach((line) -> form.getRegions().put(line.code(), plain(line.envelope())));
			form.setVersion(figures.version());
			model.addAttribute(ENVELOPES, form);
		}
		return "staff/budget";
	}

	private String emptyPage(Model model) {
		model.addAttribute("years", List.of());
		return "staff/budget";
	}

	/** A positive amount, or an error on the field saying how to write one. */
	private static Optional<BigDecimal> positive(String text, String field, BindingResult errors) {
		Optional<BigDecimal> amount = EuroAmount.parse(text).filter((value) -> value.signum() > 0);
		if (amount.isEmpty()) {
			errors.rejectValue(field, "budget.amount.invalid");
		}
		return amount;
	}

	/** The envelopes typed, blank ones left out; an error on each that is not an amount. */
	private static Map<String, BigDecimal> amounts(Map<String, String> typed, String field, BindingResult errors) {
		Map<String, BigDecimal> amounts = new LinkedHashMap<>();
		typed.forEach((code, text) -> {
			if (text == null || text.isBlank()) {
				return;
			}
			Optional<BigDecimal> amount = EuroAmount.parse(text);
			if (amount.isPresent()) {
				amounts.put(code, amount.get());
			}
			else {
				errors.rejectValue(field + "[" + code + "]", "budget.amount.invalid");
			}
		});
		return amounts;
	}

	private static String plain(BigDecimal amount) {
		return (amount != null) ? amount.stripTrailingZeros().toPlainString() : "";
	}

}
