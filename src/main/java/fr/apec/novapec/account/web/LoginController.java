package fr.apec.novapec.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; Spring Security processes the POST on the same URL and comes back here with
 * {@code ?erreur} (and the typed address as a flash attribute) when it fails.
 */
@Controller
class LoginController {

	@GetMapping("/connexion")
	String loginForm(@RequestParam(name = "erreur", required = false) String error, Model model) {
		model.addAttribute("failed", error != null);
		return "account/login";
	}

}
