package fr.apec.novapec.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import fr.apec.novapec.selection.RoundOpened;
import fr.apec.novapec.selection.RoundSummary;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.shared.AuditedAction;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A submitted application that found no open round waits for one: as soon as a round of its call opens
 * ({@link RoundOpened}, published by the selection module when a round is created or its cut-off moved
 * later), every application of that call still SUBMITTED without a round joins the earliest open round,
 * inside the transaction that opened it (the round and its applications are committed or rolled back
 * together). Joining a round is not a change of state: the status history is left alone, the audit journal
 * gets a ROUND_JOINED line. A submission at the same moment cannot be missed: it holds a lock on the call
 * that the round's creation waits for, or waits for the round's creation and then sees the round
 * ({@code SelectionService#roundToJoin}).
 */
@Component
class RoundJoining {

	private final GrantApplicationRepository repository;

	private final SelectionService selection;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RoundJoining(GrantApplicationRepository repository, SelectionService selection, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.selection = selection;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void joinWaitingApplications(RoundOpened opened) {
		RoundSummary round = this.selection.nextRound(opened.callId(), LocalDate.now(this.clock))
			.or(() -> this.selection.round(opened.roundId()))
			.orElseThrow();
		Instant now = Instant.now(this.clock);
		for (GrantApplication application : this.repository.findWithoutRoundForUpdate(opened.callId(),
				ApplicationStatus.SUBMITTED)) {
			application.joinRound(round.id());
			this.events.publishEvent(new AuditedAction(application.id(), null, AuditedAction.Action.ROUND_JOINED,
					round.label(), null, now));
		}
		this.repository.flush();
	}

}
