package fr.apec.novapec.account.web;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.PasswordPolicy;
import fr.apec.novapec.account.web.AccountForms.EmailForm;
import fr.apec.novapec.account.web.AccountForms.NewPasswordForm;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A forgotten password: a link by mail (valid one hour, single use), then a new password. */
@Controller
class PasswordResetController {

	private final AccountService accounts;

	private final PasswordPolicy passwordPolicy;

	PasswordResetController(AccountService accounts, PasswordPolicy passwordPolicy) {
		this.accounts = accounts;
		this.passwordPolicy = passwordPolicy;
	}

	@GetMapping("/mot-de-passe-oublie")
	String initForgotForm(Model model) {
		model.addAttribute("form", new EmailForm());
		return "account/forgot";
	}

	@PostMapping("/mot-de-passe-oublie")
	String processForgotForm(@Valid @ModelAttribute("form") EmailForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "account/forgot";
		}
		this.accounts.requestPasswordReset(form.getEmail());
		redirect.addFlashAttribute("email", form.getEmail().strip());
		return "redirect:/mot-de-passe-oublie/envoye";
	}

	@GetMapping("/mot-de-passe-oublie/envoye")
	String forgotSent() {
		return "account/forgot-sent";
	}

	@GetMapping("/mot-de-passe/nouveau")
	String initNewPasswordForm(@RequestParam(name = "jeton", required = false) String token, Model model) {
		if (!this.accounts.isResetLinkValid(token)) {
			model.addAttribute("resendForm", new EmailForm());
			return "account/link-invalid";
		}
		NewPasswordForm form = new NewPasswordForm();
		form.setToken(token);
		model.addAttribute("form", form);
		return "account/new-password";
	}

	@PostMapping("/mot-de-passe/nouveau")
	String processNewPasswordForm(@ModelAttribute("form") NewPasswordForm form, BindingResult errors, Model model) {
		Passwords.check(this.passwordPolicy, form.getPassword(), form.getPasswordConfirmation(), null, errors,
				"password", "passwordConfirmation");
		if (errors.hasErrors()) {
			form.setPassword(null);
			form.setPasswordConfirmation(null);
			return "account/new-password";
		}
		if (!this.accounts.resetPassword(form.getToken(), form.getPassword())) {
			model.addAttribute("resendForm", new EmailForm());
			return "account/link-invalid";
		}
		return "redirect:/connexion?reinitialise";
	}

}
