package fr.apec.novapec.application.web;

import jakarta.validation.constraints.Size;

/** The confirmation of a withdrawal: an optional reason, kept in the application's history. */
public class WithdrawalForm {

	@Size(max = 1000, message = "{application.withdraw.reason.tooLong}")
	private String reason;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
