package fr.apec.novapec.account;

/**
 * A change of the staff team that a rule forbids (removing the last administrator, disabling oneself); the
 * message key says which, for the page to show.
 */
public class TeamChangeRefusedException extends RuntimeException {

	private final String messageKey;

	public TeamChangeRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	/** The key of the message that explains the refusal, in messages.properties. */
	public String messageKey() {
		return this.messageKey;
	}

}
