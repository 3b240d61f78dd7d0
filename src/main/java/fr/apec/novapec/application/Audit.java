package fr.apec.novapec.application;

import java.time.Clock;
import java.util.List;

import fr.apec.novapec.selection.RoundSummary;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.shared.AuditedAction;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the audit journal what was done to an application, by publishing an {@link AuditedAction} that the
 * journal appends in the caller's transaction: the services call it inside their own, after the action
 * itself, so that an action refused or rolled back leaves no line.
 */
@Component
class Audit {

	private final ApplicationEventPublisher events;

	private final SelectionService selection;

	private final Clock clock;

	Audit(ApplicationEventPublisher events, SelectionService selection, Clock clock) {
		this.events = events;
		this.selection = selection;
		this.clock = clock;
	}

	/** A change of state, with the codes of its two states as the detail and the reason given, if any. */
	void statusChange(long applicationId, long actorId, ApplicationStatus from, ApplicationStatus to, String reason) {
		record(applicationId, actorId, AuditedAction.Action.STATUS_CHANGE,
				((from != null) ? from.name() : "—") + " → " + to.name(), reason);
	}

	/** The application joined this round (by this account, or null for the portal): its label is the detail. */
	void roundJoined(long applicationId, Long actorId, long roundId) {
		RoundSummary round = this.selection.rounds(List.of(roundId)).get(roundId);
		record(applicationId, actorId, AuditedAction.Action.ROUND_JOINED,
				(round != null) ? round.label() : String.valueOf(roundId), null);
	}

	/** Any other action, by this account (null for the portal itself). */
	void record(long applicationId, Long actorId, AuditedAction.Action action, String detail, String reason) {
		this.events.publishEvent(new AuditedAction(applicationId, actorId, action, detail, reason, this.clock.instant()));
	}

}
