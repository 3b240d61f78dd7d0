package fr.apec.novapec.application;

/**
 * No message can be written on the application now: it is still a draft (staff do not see it yet) or it
 * was withdrawn. Nothing was saved; the web layer shows {@link #messageKey()}.
 */
public class MessageThreadClosedException extends RuntimeException {

	private final ApplicationStatus status;

	MessageThreadClosedException(long applicationId, ApplicationStatus status) {
		super("The thread of application " + applicationId + " is closed in state " + status);
		this.status = status;
	}

	public ApplicationStatus status() {
		return this.status;
	}

	/** The message for the reader. */
	public String messageKey() {
		return (this.status == ApplicationStatus.DRAFT) ? "message.closed.draft" : "message.closed.withdrawn";
	}

}
