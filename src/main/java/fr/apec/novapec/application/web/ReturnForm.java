package fr.apec.novapec.application.web;

/**
 * Staff returning an application for changes: the message saying what to change (required), which
 * becomes the reason in its history and a message in its thread.
 */
public class ReturnForm {

	private String reason;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
