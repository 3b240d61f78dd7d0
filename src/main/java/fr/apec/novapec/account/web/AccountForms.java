package fr.apec.novapec.account.web;

import fr.apec.novapec.shared.DisplayedName;
import fr.apec.novapec.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The forms of the accounts feature, each bound on its own; the password rules live in PasswordPolicy. */
final class AccountForms {

	private AccountForms() {
	}

	/** /inscription */
	public static class SignUpForm extends NewPasswordFields {

		@NotBlank(message = "{signup.name.required}")
		@Size(max = 120, message = "{signup.name.tooLong}")
		@DisplayedName
		private String displayName;

		@NotBlank(message = "{email.required}")
		@EmailAddress
		private String email;

		public String getDisplayName() {
			return this.displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

	}

	/** A new password typed twice, as the sign-up and the reset forms ask for it. */
	public abstract static class NewPasswordFields {

		private String password;

		private String passwordConfirmation;

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getPasswordConfirmation() {
			return this.passwordConfirmation;
		}

		public void setPasswordConfirmation(String passwordConfirmation) {
			this.passwordConfirmation = passwordConfirmation;
		}

	}

	/** /mot-de-passe-oublie and /inscription/renvoyer */
	public static class EmailForm {

		@NotBlank(message = "{email.required}")
		@EmailAddress
		private String email;

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

	}

	/** /mot-de-passe/nouveau */
	public static class NewPasswordForm extends NewPasswordFields {

		private String token;

		public String getToken() {
			return this.token;
		}

		public void setToken(String token) {
			this.token = token;
		}

	}

	/** /compte: the name */
	public static class NameForm {

		@NotBlank(message = "{signup.name.required}")
		@Size(max = 120, message = "{signup.name.tooLong}")
		@DisplayedName
		private String displayName;

		public String getDisplayName() {
			return this.displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

	}

	/** /compte: the e-mail address */
	public static class EmailChangeForm {

		@NotBlank(message = "{email.required}")
		@EmailAddress
		private String newEmail;

		@NotBlank(message = "{account.currentPassword.required}")
		private String currentPassword;

		public String getNewEmail() {
			return this.newEmail;
		}

		public void setNewEmail(String newEmail) {
			this.newEmail = newEmail;
		}

		public String getCurrentPassword() {
			return this.currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

	}

	/** /compte: the password (field names differ from the e-mail form's, so that ids stay unique) */
	public static class PasswordChangeForm {

		@NotBlank(message = "{account.currentPassword.required}")
		private String oldPassword;

		private String newPassword;

		private String newPasswordConfirmation;

		public String getOldPassword() {
			return this.oldPassword;
		}

		public void setOldPassword(String oldPassword) {
			this.oldPassword = oldPassword;
		}

		public String getNewPassword() {
			return this.newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

		public String getNewPasswordConfirmation() {
			return this.newPasswordConfirmation;
		}

		public void setNewPasswordConfirmation(String newPasswordConfirmation) {
			this.newPasswordConfirmation = newPasswordConfirmation;
		}

	}

}
