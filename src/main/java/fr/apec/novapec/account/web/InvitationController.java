package fr.apec.novapec.account.web;

import java.util.Optional;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.PasswordPolicy;
import fr.apec.novapec.account.web.AccountForms.EmailForm;
import fr.apec.novapec.account.web.AccountForms.InvitationForm;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The link of a staff invitation (valid seven days, single use): the invitee gives its name and chooses its
 * password, and may then log in. A used, expired or withdrawn link leads to the page that says so.
 */
@Controller
class InvitationController {

	private final AccountService accounts;

	private final PasswordPolicy passwordPolicy;

	InvitationController(AccountService accounts, PasswordPolicy passwordPolicy) {
		this.accounts = accounts;
		this.passwordPolicy = passwordPolicy;
	}

	@GetMapping("/equipe/invitation")
	String initInvitationForm(@RequestParam(name = "jeton", required = false) String token, Model model) {
		Optional<String> email = this.accounts.invitedEmail(token);
		if (email.isEmpty()) {
			return linkInvalid(model);
		}
		InvitationForm form = new InvitationForm();
		form.setToken(token);
		model.addAttribute("form", form);
		model.addAttribute("email", email.get());
		return "account/invitation";
	}

	@PostMapping("/equipe/invitation")
	String processInvitationForm(@Valid @ModelAttribute("form") InvitationForm form, BindingResult errors,
			Model model) {
		Optional<String> email = this.accounts.invitedEmail(form.getToken());
		if (email.isEmpty()) {
			return linkInvalid(model);
		}
		Passwords.check(this.passwordPolicy, form.getPassword(), form.getPasswordConfirmation(), email.get(), errors,
				"password", "passwordConfirmation");
		if (errors.hasErrors()) {
			form.setPassword(null);
			form.setPasswordConfirmation(null);
			model.addAttribute("email", email.get());
			return "account/invitation";
		}
		if (!this.accounts.acceptInvitation(form.getToken(), form.getDisplayName(), form.getPassword())) {
			return linkInvalid(model);
		}
		return "redirect:/connexion?bienvenue";
	}

	private static String linkInvalid(Model model) {
		model.addAttribute("resendForm", new EmailForm());
		model.addAttribute("invitationLink", true);
		return "account/link-invalid";
	}

}
