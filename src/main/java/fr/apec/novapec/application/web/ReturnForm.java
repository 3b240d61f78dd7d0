package fr.apec.novapec.application.web;

import fr.apec.novapec.application.MessageRefusedException;

import org.springframework.validation.BindingResult;

/**
 * Staff returning an application for changes: the message saying what to change (required), which
 * becomes the reason in its history and a message in its thread.
 */
public class ReturnForm {

	private String reason;

	/**
	 * Puts why the reason was refused beside its field, in the words of a return (what to change) rather
	 * than those of a message of the thread.
	 */
	void reject(MessageRefusedException ex, BindingResult errors) {
		for (MessageRefusedException.Problem problem : ex.problems()) {
			errors.rejectValue("reason", switch (problem) {
				case TEXT_EMPTY -> "staff.application.return.reason.required";
				case TEXT_TOO_LONG -> "staff.application.return.reason.tooLong";
				default -> problem.messageKey();
			});
		}
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
