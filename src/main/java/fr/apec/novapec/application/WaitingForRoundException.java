package fr.apec.novapec.application;

/**
 * The application cannot be put in review yet: it waits for the next selection round, and the work of
 * review happens within a round. Nothing was changed.
 */
public class WaitingForRoundException extends RuntimeException {

	private final long applicationId;

	WaitingForRoundException(long applicationId) {
		super("Application " + applicationId + " has no selection round yet");
		this.applicationId = applicationId;
	}

	public long applicationId() {
		return this.applicationId;
	}

	/** The message for the reader. */
	public String messageKey() {
		return "staff.application.inReview.noRound";
	}

}
