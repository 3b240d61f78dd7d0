package fr.apec.novapec.showcase.web;

import fr.apec.novapec.laureate.LaureateService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The list of published laureate projects. */
@Controller
class LaureateListController {

	private final LaureateService laureates;

	LaureateListController(LaureateService laureates) {
		this.laureates = laureates;
	}

	@GetMapping("/laureats")
	String list(Model model) {
		model.addAttribute("laureates", this.laureates.publishedLaureates());
		return "showcase/laureates";
	}

}
