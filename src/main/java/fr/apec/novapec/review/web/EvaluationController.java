package fr.apec.novapec.review.web;

import java.util.Set;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.review.ReviewAssignments;
import fr.apec.novapec.review.ReviewRefusedException;
import fr.apec.novapec.shared.Notices;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evaluation of an application, for staff and administrators (under /gestion/candidatures): its
 * reviewers and their sheets, the weighted mean, the spread and the missing sheets; assigning and
 * unassigning reviewers. A refusal comes back to the page with its message.
 */
@Controller
@RequestMapping("/gestion/candidatures/{id:\\d+}/evaluation")
class EvaluationController {

	private final ReviewAssignments assignments;

	private final Notices notices;

	EvaluationController(ReviewAssignments assignments, Notices notices) {
		this.assignments = assignments;
		this.notices = notices;
	}

	@GetMapping
	String show(@PathVariable long id, Model model) {
		model.addAttribute("evaluation", this.assignments.evaluation(id));
		if (!model.containsAttribute("assignForm")) {
			model.addAttribute("assignForm", new AssignForm());
		}
		return "review/evaluation";
	}

	@PostMapping("/affectations")
	String assign(@PathVariable long id, @ModelAttribute("assignForm") AssignForm form, BindingResult errors,
			CurrentAccount who, Model model, RedirectAttributes redirect) {
		Set<Long> reviewers = form.reviewers();
		if (reviewers.isEmpty()) {
			errors.rejectValue("first", "review.assign.none");
			return show(id, model);
		}
		int assigned = 0;
		for (long reviewer : reviewers) {
			try {
				this.assignments.assign(id, reviewer, who);
				assigned++;
			}
			catch (ReviewRefusedException ex) {
				this.notices.alert(redirect, ex.messageKey());
			}
		}
		if (assigned > 0) {
			this.notices.notice(redirect, "review.assign.done", assigned);
		}
		return "redirect:/gestion/candidatures/" + id + "/evaluation";
	}

	@PostMapping("/affectations/{assignmentId:\\d+}/retrait")
	String unassign(@PathVariable long id, @PathVariable long assignmentId, CurrentAccount who,
			RedirectAttributes redirect) {
		try {
			this.assignments.unassign(id, assignmentId, who);
			this.notices.notice(redirect, "review.unassign.done");
		}
		catch (ReviewRefusedException ex) {
			this.notices.alert(redirect, ex.messageKey());
		}
		return "redirect:/gestion/candidatures/" + id + "/evaluation";
	}

}
