package fr.apec.novapec.review.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.review.GridCriterion;
import fr.apec.novapec.review.ReviewRefusedException;
import fr.apec.novapec.review.ScoringGrids;
import fr.apec.novapec.selection.CallNotFoundException;
import fr.apec.novapec.shared.Notices;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The scoring grid of a call (the Novapec call unless the address names another, ?appel=id, for administrators (SecurityConfiguration: /gestion/appel/**):
 * its criteria renamed, reweighted, removed or added until the call's first score; read-only after.
 */
@Controller
@RequestMapping("/gestion/appel/grille")
class ScoringGridController {

	private final ScoringGrids grids;

	private final Notices notices;

	ScoringGridController(ScoringGrids grids, Notices notices) {
		this.grids = grids;
		this.notices = notices;
	}

	@GetMapping
	String show(@RequestParam(name = "appel", required = false) Long call, Model model) {
		ScoringGrids.Grid grid = this.grids.grid(callId(call));
		model.addAttribute("grid", grid);
		if (!model.containsAttribute("gridForm")) {
			model.addAttribute("gridForm", GridForm.of(grid));
		}
		return "review/grid";
	}

	@PostMapping
	String save(@RequestParam(name = "appel", required = false) Long call,
			@ModelAttribute("gridForm") GridForm form, BindingResult errors, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		long callId = callId(call);
		List<GridCriterion> criteria = form.criteria(errors);
		if (errors.hasErrors()) {
			model.addAttribute("grid", this.grids.grid(callId));
			return "review/grid";
		}
		try {
			this.grids.replace(callId, criteria, form.getVersion(), who);
		}
		catch (ReviewRefusedException ex) {
			this.notices.alert(redirect, ex.messageKey());
			return redirect(call);
		}
		this.notices.notice(redirect, "review.grid.saved");
		return redirect(call);
	}

	/** The call of the page: the one in the address, otherwise the Novapec call. */
	private long callId(Long call) {
		return (call != null) ? call : this.grids.defaultCall().id();
	}

	private static String redirect(Long call) {
		return "redirect:/gestion/appel/grille" + ((call != null) ? "?appel=" + call : "");
	}

	@ExceptionHandler(CallNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
