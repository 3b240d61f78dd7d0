package fr.apec.novapec.committee.web;

import java.util.LinkedHashSet;
import java.util.List;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.committee.ShowcaseChoices;
import fr.apec.novapec.laureate.ShowcaseChoice;
import fr.apec.novapec.shared.Notices;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member of a laureate's organisation chooses, field by field, what the public showcase shows of its project.
 * The form is a set of checkboxes: an unticked box hides its field; a field the portal does not know is refused.
 */
@Controller
@RequestMapping("/espace/candidatures/{id:\\d+}/vitrine")
class ShowcaseChoiceController {

	private final ShowcaseChoices choices;

	private final Notices notices;

	ShowcaseChoiceController(ShowcaseChoices choices, Notices notices) {
		this.choices = choices;
		this.notices = notices;
	}

	@GetMapping
	String show(@PathVariable long id, CurrentAccount who, Model model) {
		return page(id, this.choices.choice(id, who), model);
	}

	@PostMapping
	String choose(@PathVariable long id, @RequestParam(name = "fields", required = false) List<String> fields,
			CurrentAccount who, Model model, RedirectAttributes redirect) {
		ShowcaseChoice current = this.choices.choice(id, who);
		List<String> chosen = (fields != null) ? fields : List.of();
		if (!current.optionalFields().containsAll(chosen)) {
			model.addAttribute("alert", this.notices.text("showcaseChoice.unknownField"));
			return page(id, current, model);
		}
		this.choices.choose(id, who, new LinkedHashSet<>(chosen));
		this.notices.notice(redirect, "showcaseChoice.saved");
		return "redirect:/espace/candidatures/" + id + "/vitrine";
	}

	private static String page(long id, ShowcaseChoice choice, Model model) {
		model.addAttribute("applicationId", id);
		model.addAttribute("choice", choice);
		return "applicant/showcase-choice";
	}

}
