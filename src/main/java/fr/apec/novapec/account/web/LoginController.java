package fr.apec.novapec.account.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; Spring Security processes the POST on the same URL and comes back here with
 * {@code ?erreur}, {@code ?bloque} or {@code ?non-confirme} (and the typed address as a flash attribute) when it fails. The
 * other parameters say what just happened elsewhere (address confirmed, password reset…).
 */
@Controller
class LoginController {

	private static final Map<String, String> NOTICES = Map.of("confirme", "login.notice.confirmed", "reinitialise",
			"login.notice.reset", "email-modifie", "login.notice.emailChanged", "bienvenue", "login.notice.invitationAccepted");

	@GetMapping("/connexion")
	String loginForm(@RequestParam Map<String, String> parameters, Model model) {
		model.addAttribute("failed", parameters.containsKey("erreur"));
		model.addAttribute("locked", parameters.containsKey("bloque"));
		model.addAttribute("unconfirmed", parameters.containsKey("non-confirme"));
		NOTICES.entrySet()
			.stream()
			.filter((notice) -> parameters.containsKey(notice.getKey()))
			.findFirst()
			.ifPresent((notice) -> model.addAttribute("notice", notice.getValue()));
		return "account/login";
	}

}
