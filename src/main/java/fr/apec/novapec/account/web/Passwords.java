package fr.apec.novapec.account.web;

import fr.apec.novapec.account.PasswordPolicy;

import org.springframework.validation.BindingResult;

/** The checks every form that sets a password makes: the policy, and the confirmation typed twice. */
final class Passwords {

	private Passwords() {
	}

	static void check(PasswordPolicy policy, String password, String confirmation, String email, BindingResult errors,
			String field, String confirmationField) {
		policy.problem(password, email).ifPresent((code) -> errors.rejectValue(field, code));
		if (!errors.hasFieldErrors(field) && (confirmation == null || !confirmation.equals(password))) {
			errors.rejectValue(confirmationField, "password.mismatch");
		}
	}

}
