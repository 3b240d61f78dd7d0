package fr.apec.novapec.committee.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.application.IllegalTransitionException;
import fr.apec.novapec.committee.BudgetPanel;
import fr.apec.novapec.committee.CommitteeService;
import fr.apec.novapec.committee.DecisionInput;
import fr.apec.novapec.committee.DecisionsOverBudgetException;
import fr.apec.novapec.committee.NoNextRoundException;
import fr.apec.novapec.committee.RankedApplication;
import fr.apec.novapec.committee.RoundView;
import fr.apec.novapec.budget.AlreadyAwardedException;
import fr.apec.novapec.budget.NoBudgetForYearException;
import fr.apec.novapec.selection.RoundNotFoundException;
import fr.apec.novapec.shared.Formats;
import fr.apec.novapec.shared.Notices;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The committee's pages (staff and administrators: the URL rule of SecurityConfiguration, and CommitteeService
 * checks the roles again): the list of rounds, a round's page, and its committee's page, whose budget panel htmx
 * refreshes in place from the whole form (and the « Recalculer » button without JavaScript). Recording the
 * decisions either saves them all and goes back to the round, or saves nothing and shows the page again with
 * what was typed and why: an error beside a field, a budget that lacks an amount, a decision recorded meanwhile.
 */
@Controller
@RequestMapping("/gestion/sessions")
class CommitteeController {

	private static final String FORM = "committeeForm";

	private static final String PAGE = "staff/committee";

	/** A committee sees every application of a round on one page. */
	private static final int MAX_ROWS = 2000;

	private final CommitteeService committee;

	private final Notices notices;

	private final Formats formats;

	CommitteeController(CommitteeService committee, Notices notices, Formats formats) {
		this.committee = committee;
		this.notices = notices;
		this.formats = formats;
	}

	@InitBinder(FORM)
	void rows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(MAX_ROWS);
	}

	@GetMapping
	String rounds(Model model) {
		model.addAttribute("rounds", this.committee.rounds());
		return "staff/sessions";
	}

	@GetMapping("/{roundId}")
	String round(@PathVariable long roundId, Model model) {
		model.addAttribute("view", this.committee.round(roundId));
		return "staff/session";
	}

	@GetMapping("/{roundId}/comite")
	String committee(@PathVariable long roundId, Model model) {
		RoundView view = this.committee.committee(roundId);
		CommitteeForm form = CommitteeForm.of(view.applications(), this.committee.maxAmount(roundId));
		model.addAttribute(FORM, form);
		return page(roundId, view, form, model);
	}

	/** The budget panel alone, for htmx, from the whole form as it stands. */
	@PostMapping("/{roundId}/comite/budget")
	String panel(@PathVariable long roundId, @ModelAttribute(FORM) CommitteeForm form, BindingResult unreadable,
			Model model) {
		// A row whose id cannot be read counts nothing, as an amount that cannot be read.
		model.addAttribute("panel", this.committee.panel(roundId, form.proposals()));
		return PAGE + " :: panel";
	}

	@PostMapping("/{roundId}/comite")
	String record(@PathVariable long roundId, @ModelAttribute(FORM) CommitteeForm form, BindingResult errors,
			@RequestParam(name = "action", defaultValue = "") String action, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		RoundView view = this.committee.committee(roundId);
		if (!"enregistrer".equals(action)) {
			return page(roundId, view, form, model);
		}
		Map<Long, RankedApplication> applications = view.applications()
			.stream()
			.collect(Collectors.toMap((row) -> row.application().id(), Function.identity()));
		List<DecisionInput> decisions = form.decisions(applications, this.committee.maxAmount(roundId), errors,
				this.formats);
		if (decisions == null) {
			return page(roundId, view, form, model);
		}
		try {
			this.committee.record(roundId, decisions, who);
		}
		catch (DecisionsOverBudgetException ex) {
			return refused(roundId, form, model, "committee.overBudget", this.formats.money(ex.missing()),
					String.valueOf(ex.year()));
		}
		catch (NoBudgetForYearException ex) {
			return refused(roundId, form, model, "committee.noBudget", String.valueOf(ex.year()));
		}
		catch (NoNextRoundException ex) {
			return refused(roundId, form, model, "committee.noNextRound");
		}
		catch (IllegalTransitionException | AlreadyAwardedException | ConcurrencyFailureException ex) {
			return refused(roundId, form, model, "committee.stale");
		}
		catch (IllegalArgumentException ex) {
			// An amount or a reason the page accepted, that the application changed meanwhile makes wrong.
			return refused(roundId, form, model, "committee.stale");
		}
		long count = decisions.stream().filter((row) -> row.decision() != null).count();
		this.notices.notice(redirect, "committee.recorded", count);
		return "redirect:/gestion/sessions/" + roundId;
	}

	@ExceptionHandler({ RoundNotFoundException.class, MethodArgumentTypeMismatchException.class })
	void notFound(HttpServletResponse response) throws java.io.IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	/** The page again, as it was typed, with why nothing was recorded (read after the refusal's rollback). */
	private String refused(long roundId, CommitteeForm form, Model model, String key, Object... arguments) {
		model.addAttribute("alert", this.notices.text(key, arguments));
		return page(roundId, this.committee.committee(roundId), form, model);
	}

	private String page(long roundId, RoundView view, CommitteeForm form, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("applications", view.applications()
			.stream()
			.collect(Collectors.toMap((row) -> row.application().id(), Function.identity())));
		model.addAttribute("maxAmount", this.committee.maxAmount(roundId));
		model.addAttribute("panel", this.committee.panel(roundId, form.proposals()));
		return PAGE;
	}

}
