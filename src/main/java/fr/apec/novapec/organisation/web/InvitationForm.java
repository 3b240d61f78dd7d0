package fr.apec.novapec.organisation.web;

import fr.apec.novapec.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;

/** The address a member invites to join its organisation. */
public class InvitationForm {

	@NotBlank(message = "{invitation.email.required}")
	@EmailAddress(message = "{invitation.email.invalid}")
	private String email;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
