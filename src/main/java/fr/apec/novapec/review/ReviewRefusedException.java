package fr.apec.novapec.review;

/**
 * A review action the rules refuse; the page it came from shows the message of {@link #messageKey()}, never
 * an error page. Nothing was changed.
 */
public abstract class ReviewRefusedException extends RuntimeException {

	private final String messageKey;

	protected ReviewRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	/** The key of the message in the bundles. */
	public String messageKey() {
		return this.messageKey;
	}

}
