package fr.apec.novapec.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * Something done to an application that the audit journal keeps: who did it, when, what and why. A module that
 * acts on an application publishes one with Spring's {@code ApplicationEventPublisher} inside the transaction of
 * the action; the journal appends it in that same transaction, so an action and its journal line are committed
 * or rolled back together.
 *
 * @param applicationId the application acted on
 * @param actorId the account that acted, or null for the portal itself (a scheduled job)
 * @param action what was done
 * @param detail what the journal shows beside the action (the states of a change, a reviewer's name, a file
 * name), or null
 * @param reason why, as the actor wrote it, or null
 * @param at when
 */
public record AuditedAction(long applicationId, Long actorId, Action action, String detail, String reason,
		Instant at) {

	public AuditedAction {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(at, "at");
	}

	/** The kinds of action the journal keeps; each has a label {@code audit.action.<NAME>} in the bundles. */
	public enum Action {

		STATUS_CHANGE, ROUND_JOINED, ELIGIBILITY, ASSIGNMENT, UNASSIGNMENT, CONFLICT_DECLARATION, SCORE, OPINION,
		MESSAGE, NOTE, DOCUMENT_DOWNLOAD, PDF_DOWNLOAD, PUBLICATION, TRANCHE_PAID

	}

}
