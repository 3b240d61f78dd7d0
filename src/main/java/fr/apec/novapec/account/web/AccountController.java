package fr.apec.novapec.account.web;


import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.PasswordPolicy;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.account.StaffNotification;
import fr.apec.novapec.account.web.AccountForms.NotificationForm;
import fr.apec.novapec.account.web.AccountForms.EmailChangeForm;
import fr.apec.novapec.account.web.AccountForms.NameForm;
import fr.apec.novapec.account.web.AccountForms.PasswordChangeForm;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: name, e-mail address (verified again) and password. */
@Controller
class AccountController {

	private final AccountService accounts;

	private final PasswordPolicy passwordPolicy;

	AccountController(AccountService accounts, PasswordPolicy passwordPolicy) {
		this.accounts = accounts;
		this.passwordPolicy = passwordPolicy;
	}

	@GetMapping("/compte")
	String account(CurrentAccount who, Model model) {
		AccountService.AccountView view = this.accounts.view(who.id()).orElseThrow();
		if (!model.containsAttribute("nameForm")) {
			NameForm nameForm = new NameForm();
			nameForm.setDisplayName(view.displayName());
			model.addAttribute("nameForm", nameForm);
		}
		addIfMissing(model, "emailForm", new EmailChangeForm());
		addIfMissing(model, "passwordForm", new PasswordChangeForm());
		boolean staff = view.roles().stream().anyMatch(Role.STAFF_ROLES::contains);
		model.addAttribute("staffAccount", staff);
		if (staff && !model.containsAttribute("notificationForm")) {
			NotificationForm notificationForm = new NotificationForm();
			notificationForm.setNotification(this.accounts.notification(who));
			model.addAttribute("notificationForm", notificationForm);
		}
		model.addAttribute("notifications", StaffNotification.values());
		model.addAttribute("account", view);
		return "account/account";
	}

	@PostMapping("/compte/nom")
	String changeName(CurrentAccount who, @Valid @ModelAttribute("nameForm") NameForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return account(who, model);
		}
		this.accounts.changeDisplayName(who, form.getDisplayName());
		redirect.addFlashAttribute("notice", "account.name.changed");
		return "redirect:/compte";
	}

	/** How a staff member hears of events (issue 12): only accounts of Apec's side have the choice. */
	@PostMapping("/compte/notifications")
	String chooseNotification(CurrentAccount who, @Valid @ModelAttribute("notificationForm") NotificationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (who.roles().stream().noneMatch(Role.STAFF_ROLES::contains)) {
			throw new AccessDeniedException("Only staff accounts choose their notifications");
		}
		if (errors.hasErrors()) {
			return account(who, model);
		}
		this.accounts.chooseNotification(who, form.getNotification());
		redirect.addFlashAttribute("notice", "account.notification.changed");
		return "redirect:/compte";
	}

	@PostMapping("/compte/email")
	String changeEmail(CurrentAccount who, @Valid @ModelAttribute("emailForm") EmailChangeForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()
				&& !this.accounts.requestEmailChange(who, form.getCurrentPassword(), form.getNewEmail())) {
			errors.rejectValue("currentPassword", "account.currentPassword.wrong");
		}
		if (errors.hasErrors()) {
			form.setCurrentPassword(null);
			return account(who, model);
		}
		redirect.addFlashAttribute("notice", "account.email.sent");
		redirect.addFlashAttribute("noticeArgument", form.getNewEmail().strip());
		return "redirect:/compte";
	}

	@PostMapping("/compte/mot-de-passe")
	String changePassword(CurrentAccount who, @Valid @ModelAttribute("passwordForm") PasswordChangeForm form,
			BindingResult errors, Model model, HttpServletRequest request, RedirectAttributes redirect) {
		Passwords.check(this.passwordPolicy, form.getNewPassword(), form.getNewPasswordConfirmation(),
				who.email(), errors, "newPassword", "newPasswordConfirmation");
		if (!errors.hasErrors() && !this.accounts.changePassword(who, form.getOldPassword(),
				form.getNewPassword(), request.getSession().getId())) {
			errors.rejectValue("oldPassword", "account.currentPassword.wrong");
		}
		if (errors.hasErrors()) {
			form.setOldPassword(null);
			form.setNewPassword(null);
			form.setNewPasswordConfirmation(null);
			return account(who, model);
		}
		redirect.addFlashAttribute("notice", "account.password.changed");
		return "redirect:/compte";
	}

	@GetMapping("/compte/email/confirmer")
	String initEmailConfirmation(@RequestParam(name = "jeton", required = false) String token, Model model) {
		model.addAttribute("token", token);
		return "account/confirm-new-email";
	}

	/** The login changes: every session of the account ends, this one too, and the person logs in again. */
	@PostMapping("/compte/email/confirmer")
	String processEmailConfirmation(@RequestParam(name = "jeton", required = false) String token, Model model,
			HttpServletRequest request) throws ServletException {
		if (this.accounts.confirmEmailChange(token).isEmpty()) {
			model.addAttribute("resendForm", new AccountForms.EmailForm());
			return "account/link-invalid";
		}
		request.logout();
		return "redirect:/connexion?email-modifie";
	}

	private static void addIfMissing(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

}
