package fr.apec.novapec.application.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Staff finding a submitted application not eligible: why (required), kept in its history and mailed to
 * its members.
 */
public class IneligibleForm {

	@NotBlank(message = "{staff.application.ineligible.reason.required}")
	@Size(max = 5000, message = "{staff.application.ineligible.reason.tooLong}")
	private String ineligibleReason;

	public String getIneligibleReason() {
		return this.ineligibleReason;
	}

	public void setIneligibleReason(String ineligibleReason) {
		this.ineligibleReason = ineligibleReason;
	}

}
