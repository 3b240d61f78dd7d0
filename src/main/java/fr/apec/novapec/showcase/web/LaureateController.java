package fr.apec.novapec.showcase.web;

import fr.apec.novapec.laureate.Laureate;
import fr.apec.novapec.laureate.LaureateService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A laureate's public page; 404 for an unknown or unpublished slug. */
@Controller
class LaureateController {

	private final LaureateService laureates;

	LaureateController(LaureateService laureates) {
		this.laureates = laureates;
	}

	@GetMapping("/laureats/{slug}")
	String laureate(@PathVariable String slug, Model model) {
		Laureate laureate = this.laureates.published(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("laureate", laureate);
		return "showcase/laureate";
	}

}
