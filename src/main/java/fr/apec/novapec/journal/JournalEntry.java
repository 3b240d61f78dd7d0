package fr.apec.novapec.journal;

import java.time.Instant;

import fr.apec.novapec.shared.AuditedAction;

/**
 * A line of the audit journal as staff read it.
 *
 * @param actorId the account that acted, or null for the portal itself
 * @param actorName its display name, or null when it acted as the portal or the account no longer exists
 * @param actorEmail its login, or null as for its name
 * @param detail what the action concerned (for a change of state, the codes of its states "FROM → TO"), or null
 * @param reason why, as the actor wrote it, or null
 */
public record JournalEntry(long id, long applicationId, Long actorId, String actorName, String actorEmail,
		AuditedAction.Action action, String detail, String reason, Instant at) {

	/** The separator of the two states in the detail of a change of state. */
	public static final String ARROW = " → ";

	/** For a change of state, the state it left (null for a creation); null for any other action. */
	public String fromStatus() {
		return statusPart(0);
	}

	/** For a change of state, the state it reached; null for any other action. */
	public String toStatus() {
		return statusPart(1);
	}

	private String statusPart(int index) {
		if (this.action != AuditedAction.Action.STATUS_CHANGE || this.detail == null || !this.detail.contains(ARROW)) {
			return null;
		}
		String part = this.detail.split(ARROW, 2)[index].strip();
		return (part.isEmpty() || part.equals("—")) ? null : part;
	}

}
