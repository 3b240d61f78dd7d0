package fr.apec.novapec.account.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import fr.apec.novapec.account.Role;
import fr.apec.novapec.account.StaffNotification;
import fr.apec.novapec.reference.ReferenceCode;
import fr.apec.novapec.reference.ReferenceKind;
import fr.apec.novapec.shared.DisplayedName;
import fr.apec.novapec.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
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

	/** /equipe/invitation: the invitee names itself and chooses its password. */
	public static class InvitationForm extends NewPasswordFields {

		private String token;

		@NotBlank(message = "{signup.name.required}")
		@Size(max = 120, message = "{signup.name.tooLong}")
		@DisplayedName
		private String displayName;

		public String getToken() {
			return this.token;
		}

		public void setToken(String token) {
			this.token = token;
		}

		public String getDisplayName() {
			return this.displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

	}

	/** The roles and regional teams of a staff account, as /gestion/equipe edits them. */
	public static class TeamRolesForm {

		@NotEmpty(message = "{team.roles.required}")
		private Set<Role> roles = EnumSet.noneOf(Role.class);

		@ReferenceCode(value = ReferenceKind.REGION, message = "{team.regions.unknown}")
		private Set<String> regionCodes = new TreeSet<>();

		public Set<Role> getRoles() {
			return this.roles;
		}

		public void setRoles(Set<Role> roles) {
			this.roles = (roles != null) ? roles : EnumSet.noneOf(Role.class);
		}

		public Set<String> getRegionCodes() {
			return this.regionCodes;
		}

		public void setRegionCodes(Set<String> regionCodes) {
			this.regionCodes = (regionCodes != null) ? regionCodes : new TreeSet<>();
		}

	}

	/** /gestion/equipe: an invitation to the staff team. */
	public static class StaffInvitationForm extends TeamRolesForm {

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

	/** /compte: how a staff member hears of events. */
	public static class NotificationForm {

		@NotNull(message = "{account.notification.required}")
		private StaffNotification notification;

		public StaffNotification getNotification() {
			return this.notification;
		}

		public void setNotification(StaffNotification notification) {
			this.notification = notification;
		}

	}

}
