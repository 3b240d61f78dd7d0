package fr.apec.novapec.review.web;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.reference.ReferenceDataService;
import fr.apec.novapec.review.ReviewRefusedException;
import fr.apec.novapec.review.ReviewerWorkspace;
import fr.apec.novapec.review.ScoreInput;
import fr.apec.novapec.shared.Notices;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewers' workspace (role REVIEWER, SecurityConfiguration: /gestion/evaluations/**): their
 * assignments, the declaration of conflict of interest before reading, the application with their sheet,
 * and the sheets of all once theirs is submitted. Not assigned: 404; conflict declared: 403.
 */
@Controller
@RequestMapping("/gestion/evaluations")
class ReviewerController {

	private final ReviewerWorkspace workspace;

	private final ReferenceDataService reference;

	private final Notices notices;

	ReviewerController(ReviewerWorkspace workspace, ReferenceDataService reference, Notices notices) {
		this.workspace = workspace;
		this.reference = reference;
		this.notices = notices;
	}

	@GetMapping
	String list(CurrentAccount who, Model model) {
		model.addAttribute("assignments", this.workspace.assignments(who));
		return "review/workspace";
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, CurrentAccount who, Model model) {
		ReviewerWorkspace.ReviewerPage page = this.workspace.page(id, who);
		model.addAttribute("page", page);
		if (!page.declared()) {
			if (!model.containsAttribute("declarationForm")) {
				model.addAttribute("declarationForm", new DeclarationForm());
			}
			return "review/declaration";
		}
		if (!model.containsAttribute("scoreForm")) {
			model.addAttribute("scoreForm", ScoreForm.of(page.criteria(), page.scores(), page.version()));
		}
		Map<String, String> regionNames = new LinkedHashMap<>();
		this.reference.regions().forEach((region) -> regionNames.put(region.code(), region.name()));
		model.addAttribute("regionNames", regionNames);
		return "review/application";
	}

	@PostMapping("/{id:\\d+}/declaration")
	String declare(@PathVariable long id, @ModelAttribute("declarationForm") DeclarationForm form,
			BindingResult errors, CurrentAccount who, Model model, RedirectAttributes redirect) {
		Boolean conflict = form.choice();
		if (conflict == null) {
			errors.rejectValue("conflict", "review.declaration.required");
			return show(id, who, model);
		}
		this.workspace.declare(id, who, conflict);
		if (conflict) {
			this.notices.notice(redirect, "review.declaration.conflict.done");
			return "redirect:/gestion/evaluations";
		}
		this.notices.notice(redirect, "review.declaration.none.done");
		return "redirect:/gestion/evaluations/" + id;
	}

	@PostMapping("/{id:\\d+}/notes")
	String score(@PathVariable long id, @ModelAttribute("scoreForm") ScoreForm form, BindingResult errors,
			@RequestParam(name = "action", defaultValue = "save") String action, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		boolean submit = "submit".equals(action);
		Map<String, ScoreInput> scores = form.scores(submit, errors);
		if (errors.hasErrors()) {
			return show(id, who, model);
		}
		try {
			this.workspace.saveScores(id, who, scores, submit, form.getVersion());
		}
		catch (ReviewRefusedException ex) {
			this.notices.alert(redirect, ex.messageKey());
			return "redirect:/gestion/evaluations/" + id;
		}
		this.notices.notice(redirect, submit ? "review.scores.submitted" : "review.scores.saved");
		return "redirect:/gestion/evaluations/" + id;
	}

	@GetMapping("/{id:\\d+}/notes")
	String sheets(@PathVariable long id, CurrentAccount who, Model model) {
		ReviewerWorkspace.ReviewerPage page = this.workspace.page(id, who);
		if (!page.declared()) {
			return "redirect:/gestion/evaluations/" + id;
		}
		model.addAttribute("page", page);
		model.addAttribute("sheets", this.workspace.sheets(id, who));
		return "review/sheets";
	}

}
