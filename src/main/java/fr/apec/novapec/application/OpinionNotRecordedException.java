package fr.apec.novapec.application;

/**
 * An opinion that was not recorded: the application is no longer open to opinions, or another member of the
 * team changed the opinion since the form was read. Nothing was changed; the page shows {@link #messageKey()}.
 */
public class OpinionNotRecordedException extends RuntimeException {

	/** Why. */
	public enum Reason {

		CLOSED, STALE

	}

	private final long applicationId;

	private final Reason reason;

	OpinionNotRecordedException(long applicationId, Reason reason) {
		super("Opinion on application " + applicationId + " not recorded: " + reason);
		this.applicationId = applicationId;
		this.reason = reason;
	}

	public long applicationId() {
		return this.applicationId;
	}

	public Reason reason() {
		return this.reason;
	}

	public String messageKey() {
		return "staff.application.opinion." + this.reason.name().toLowerCase(java.util.Locale.ROOT);
	}

}
