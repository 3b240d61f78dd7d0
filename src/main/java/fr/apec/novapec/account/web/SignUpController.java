package fr.apec.novapec.account.web;

import java.security.Principal;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.PasswordPolicy;
import fr.apec.novapec.account.web.AccountForms.EmailForm;
import fr.apec.novapec.account.web.AccountForms.SignUpForm;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sign-up as an applicant, and the confirmation of the address by the link mailed to it. The answers
 * never tell whether an address already has an account.
 */
@Controller
class SignUpController {

	private final AccountService accounts;

	private final PasswordPolicy passwordPolicy;

	SignUpController(AccountService accounts, PasswordPolicy passwordPolicy) {
		this.accounts = accounts;
		this.passwordPolicy = passwordPolicy;
	}

	@GetMapping("/inscription")
	String initSignUpForm(Principal principal, Model model) {
		if (principal != null) {
			return "redirect:/";
		}
		model.addAttribute("form", new SignUpForm());
		return "account/signup";
	}

	@PostMapping("/inscription")
	String processSignUpForm(@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors,
			RedirectAttributes redirect) {
		Passwords.check(this.passwordPolicy, form.getPassword(), form.getPasswordConfirmation(), form.getEmail(),
				errors, "password", "passwordConfirmation");
		if (errors.hasErrors()) {
			form.setPassword(null);
			form.setPasswordConfirmation(null);
			return "account/signup";
		}
		this.accounts.signUp(form.getDisplayName(), form.getEmail(), form.getPassword());
		redirect.addFlashAttribute("email", form.getEmail().strip());
		return "redirect:/inscription/envoye";
	}

	@GetMapping("/inscription/envoye")
	String signUpSent() {
		return "account/signup-sent";
	}

	@GetMapping("/inscription/confirmer")
	String initConfirmation(@RequestParam(name = "jeton", required = false) String token, Model model) {
		model.addAttribute("token", token);
		return "account/confirm-email";
	}

	/** A POST, so that a mail scanner that opens the link does not use it up. */
	@PostMapping("/inscription/confirmer")
	String processConfirmation(@RequestParam(name = "jeton", required = false) String token, Model model) {
		if (!this.accounts.verifyEmail(token)) {
			model.addAttribute("resendForm", new EmailForm());
			return "account/link-invalid";
		}
		return "redirect:/connexion?confirme";
	}

	@GetMapping("/inscription/renvoyer")
	String initResend(Model model) {
		model.addAttribute("resendForm", new EmailForm());
		return "account/resend";
	}

	@PostMapping("/inscription/renvoyer")
	String processResend(@Valid @ModelAttribute("resendForm") EmailForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "account/resend";
		}
		this.accounts.resendVerification(form.getEmail());
		redirect.addFlashAttribute("email", form.getEmail().strip());
		return "redirect:/inscription/envoye";
	}

}
