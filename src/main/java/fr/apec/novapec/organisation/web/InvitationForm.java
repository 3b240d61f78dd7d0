package fr.apec.novapec.organisation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address a member invites to join its organisation. */
public class InvitationForm {

	@NotBlank(message = "{invitation.email.required}")
	@Size(max = 254, message = "{invitation.email.invalid}")
	@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{invitation.email.invalid}")
	private String email;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
