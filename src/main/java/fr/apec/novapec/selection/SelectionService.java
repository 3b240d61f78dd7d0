package fr.apec.novapec.selection;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.reference.ReferenceDataService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The calls for projects and their selection rounds, as the other modules see them; an administrator edits
 * a call's settings and adds, moves and deletes its rounds. Every write is an administrator's
 * ({@code @PreAuthorize} and the roles of the {@link CurrentAccount} given), goes through the aggregates
 * with their versions, and tells a lost race as an exception of this package, never as a database error.
 * Creating a round whose cut-off is ahead, or moving a cut-off later and still ahead, publishes
 * {@link RoundOpened} inside the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class SelectionService {

	/** The slug of the continuous Novapec call (migration V2). */
	static final String NOVAPEC = "novapec";

	/** How long a round's label is kept in memory (see {@link #roundLabels}). */
	static final Duration LABELS_KEPT = Duration.ofSeconds(30);

	private final CallForProjectsRepository calls;

	private final SelectionRoundRepository rounds;

	private final ReferenceDataService reference;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Cache<Long, String> labels = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(LABELS_KEPT)
		.build();

	SelectionService(CallForProjectsRepository calls, SelectionRoundRepository rounds,
			ReferenceDataService reference, ApplicationEventPublisher events, Clock clock) {
		this.calls = calls;
		this.rounds = rounds;
		this.reference = reference;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The Novapec call, the one that applications are made to.
	 * @throws CallNotFoundException if the migrations did not create it
	 */
	public CallSettings novapecCall() {
		return this.calls.findBySlug(NOVAPEC)
			.map(this::settings)
			.orElseThrow(() -> new CallNotFoundException("with slug " + NOVAPEC));
	}

	/**
	 * The call with this id.
	 * @throws CallNotFoundException if there is none
	 */
	public CallSettings call(long callId) {
		return this.calls.findById(callId)
			.map(this::settings)
			.orElseThrow(() -> new CallNotFoundException("with id " + callId));
	}

	/** Every call, the earliest opened first, in one statement. */
	public List<CallSettings> calls() {
		return this.calls.findAllByOrderByOpensOnAscIdAsc().stream().map(this::settings).toList();
	}

	/**
	 * The round that an application of this call submitted today joins: the one with the earliest submission
	 * deadline on or after today (a deadline of today still takes submissions), then the earliest committee,
	 * then the first created. Empty while the call has no such round: the application waits for one.
	 */
	public Optional<RoundSummary> nextRound(long callId, LocalDate today) {
		return this.rounds
			.findFirstByCallIdAndSubmissionDeadlineGreaterThanEqualOrderBySubmissionDeadlineAscCommitteeDateAscIdAsc(
					callId, today)
			.map(SelectionService::summary);
	}

	/**
	 * The next round of the Novapec call on this day (see {@link #nextRound}), in one statement: what the
	 * public pages announce as the next cut-off.
	 */
	public Optional<RoundSummary> nextNovapecRound(LocalDate today) {
		return this.rounds.nextOfCall(NOVAPEC, today).map(SelectionService::summary);
	}

	/**
	 * The round that an application of this call submitted today joins (see {@link #nextRound}), for a
	 * submission in progress: it runs in the caller's transaction and holds a share lock on the call until
	 * it ends. Creating or moving a round locks the call for update first, so the two cannot cross: either
	 * the submission sees the new round, or the round's {@link RoundOpened} sees the submitted application.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<RoundSummary> roundToJoin(long callId, LocalDate today) {
		this.calls.findForShare(callId);
		return nextRound(callId, today);
	}

	/** The rounds of a call, the latest committee first, with their versions: the administrator's list. */
	@PreAuthorize("hasRole('ADMIN')")
	public List<AdminRound> roundsOf(long callId) {
		return this.rounds.findByCallIdOrderByCommitteeDateDescIdDesc(callId).stream().map(SelectionService::admin).toList();
	}

	/**
	 * A round with its version, for the administrator's form.
	 * @throws RoundNotFoundException when there is none
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public AdminRound roundForAdmin(long roundId) {
		return this.rounds.findById(roundId).map(SelectionService::admin).orElseThrow(() -> new RoundNotFoundException(roundId));
	}

	/**
	 * An administrator replaces the settings of a call, from a page that showed it at {@code readVersion}.
	 * Theme and public codes must be reference codes; the closing date, when there is one, is not before the
	 * opening date.
	 * @throws CallChangedException when the call was changed since; nothing is changed
	 * @throws CallNotFoundException when there is no such call
	 * @throws IllegalArgumentException when a code is unknown or the dates are the wrong way round
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void updateCall(long callId, CurrentAccount who, CallChanges changes, long readVersion) {
		requireAdmin(who);
		if (!this.reference.themeCodes().containsAll(changes.themeCodes())
				|| !this.reference.publicCodes().containsAll(changes.publicCodes())) {
			throw new IllegalArgumentException("Unknown theme or public code");
		}
		CallForProjects call = this.calls.findById(callId).orElseThrow(() -> new CallNotFoundException("with id " + callId));
		call.update(changes, readVersion);
		try {
			this.calls.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new CallChangedException(callId);
		}
	}

	/**
	 * An administrator adds a round to a call. When its cut-off is today or later, {@link RoundOpened} is
	 * published in this transaction (the applications waiting for a round join it).
	 * @return its id
	 * @throws CommitteeDateTakenException when another round of the call meets on that committee date
	 * @throws CallNotFoundException when there is no such call
	 * @throws IllegalArgumentException when the committee meets before the cut-off
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public long createRound(long callId, CurrentAccount who, RoundChanges changes) {
		requireAdmin(who);
		lockCall(callId);
		if (this.rounds.existsByCallIdAndCommitteeDateAndIdNot(callId, changes.committeeDate(), -1)) {
			throw new CommitteeDateTakenException(callId, changes.committeeDate());
		}
		forgetLabels();
		SelectionRound round = this.rounds.save(new SelectionRound(callId, changes.label(), changes.submissionDeadline(),
				changes.committeeDate()));
		flushRound(callId, changes);
		if (!round.getSubmissionDeadline().isBefore(LocalDate.now(this.clock))) {
			this.events.publishEvent(new RoundOpened(callId, round.getId(), round.getSubmissionDeadline()));
		}
		return round.getId();
	}

	/**
	 * An administrator changes a round, from a page that showed it at {@code readVersion}. When its cut-off
	 * moves later and is today or later, {@link RoundOpened} is published in this transaction. Moving a
	 * cut-off earlier leaves the applications that joined the round in it.
	 * @throws RoundChangedException when the round was changed since; nothing is changed
	 * @throws RoundNotFoundException when there is no such round (deleted meanwhile)
	 * @throws CommitteeDateTakenException when another round of the call meets on that committee date
	 * @throws IllegalArgumentException when the committee meets before the cut-off
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void updateRound(long roundId, CurrentAccount who, RoundChanges changes, long readVersion) {
		requireAdmin(who);
		long callId = this.rounds.findById(roundId).orElseThrow(() -> new RoundNotFoundException(roundId)).getCallId();
		lockCall(callId);
		SelectionRound round = this.rounds.findById(roundId).orElseThrow(() -> new RoundNotFoundException(roundId));
		if (this.rounds.existsByCallIdAndCommitteeDateAndIdNot(callId, changes.committeeDate(), roundId)) {
			throw new CommitteeDateTakenException(callId, changes.committeeDate());
		}
		LocalDate before = round.getSubmissionDeadline();
		forgetLabels();
		round.update(changes, readVersion);
		try {
			flushRound(callId, changes);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new RoundChangedException(roundId);
		}
		if (changes.submissionDeadline().isAfter(before)
				&& !changes.submissionDeadline().isBefore(LocalDate.now(this.clock))) {
			this.events.publishEvent(new RoundOpened(callId, roundId, changes.submissionDeadline()));
		}
	}

	/**
	 * An administrator deletes a round, from a page that showed it at {@code readVersion}, provided nothing
	 * refers to it: no application joined it and no laureate was selected in it. The database's foreign keys
	 * decide, so an application that joins it at the same moment is never left pointing at nothing.
	 * @throws RoundInUseException when something refers to it; nothing is deleted
	 * @throws RoundChangedException when the round was changed since
	 * @throws RoundNotFoundException when there is no such round (deleted meanwhile)
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void deleteRound(long roundId, CurrentAccount who, long readVersion) {
		requireAdmin(who);
		SelectionRound round = this.rounds.findById(roundId).orElseThrow(() -> new RoundNotFoundException(roundId));
		round.requireVersion(readVersion);
		forgetLabels();
		this.rounds.delete(round);
		try {
			this.rounds.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new RoundInUseException(roundId);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new RoundChangedException(roundId);
		}
	}

	/** The rounds of a call, the latest committee first, in one statement: staff's list of committees. */
	public List<RoundSummary> roundsOfCall(long callId) {
		return this.rounds.findByCallIdOrderByCommitteeDateDescIdDesc(callId).stream().map(SelectionService::summary).toList();
	}

	/**
	 * The round of the same call whose committee meets next after this round's, where the committee defers an
	 * application; empty when there is none yet (or no such round).
	 */
	public Optional<RoundSummary> roundAfter(long roundId) {
		return this.rounds.findById(roundId)
			.flatMap((round) -> this.rounds.findFirstByCallIdAndCommitteeDateGreaterThanOrderByCommitteeDateAscIdAsc(
					round.getCallId(), round.getCommitteeDate()))
			.map(SelectionService::summary);
	}

	/**
	 * Whether the round was published, when and by whom: what the publication page shows.
	 * @throws RoundNotFoundException when there is no such round
	 */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	public RoundPublicationState publicationState(long roundId) {
		return this.rounds.findById(roundId).map(SelectionService::publication).orElseThrow(() -> new RoundNotFoundException(roundId));
	}

	/**
	 * Staff publish the round, in the caller's transaction, which does what publishing means (the letters,
	 * the laureates): the round's row is locked first, so that two publications of it (a double click, two
	 * tabs) run one after the other and the second finds it published. Whatever the caller does next is
	 * rolled back with the mark if it fails.
	 * @return the round, as it was before this publication
	 * @throws RoundAlreadyPublishedException when it was published before; nothing is changed
	 * @throws RoundNotFoundException when there is no such round
	 */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional(propagation = Propagation.MANDATORY)
	public RoundSummary publish(long roundId, CurrentAccount who) {
		if (!who.has(Role.STAFF) && !who.has(Role.ADMIN)) {
			throw new AccessDeniedException("Only staff publish a round");
		}
		SelectionRound round = this.rounds.findForUpdate(roundId).orElseThrow(() -> new RoundNotFoundException(roundId));
		round.publish(who.id(), this.clock.instant());
		return summary(round);
	}

	/** The round with this id, or empty when there is none. */
	public Optional<RoundSummary> round(long roundId) {
		return this.rounds.findById(roundId).map(SelectionService::summary);
	}

	/** Those of these rounds whose decisions are published, in one statement. */
	@Transactional(readOnly = true)
	public Set<Long> publishedRounds(Collection<Long> roundIds) {
		if (roundIds.isEmpty()) {
			return Set.of();
		}
		return this.rounds.findByIdIn(roundIds)
			.stream()
			.filter((round) -> round.getPublishedAt() != null)
			.map(SelectionRound::getId)
			.collect(Collectors.toSet());
	}

	/**
	 * The rounds with these ids, in one statement, for a list that shows each row's round. Ids that name no
	 * round are absent from the map; the map iterates in the order of the ids given.
	 */
	public Map<Long, RoundSummary> rounds(Collection<Long> roundIds) {
		if (roundIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, RoundSummary> found = new LinkedHashMap<>();
		this.rounds.findByIdIn(roundIds).forEach((round) -> found.put(round.getId(), summary(round)));
		Map<Long, RoundSummary> ordered = new LinkedHashMap<>();
		for (Long id : roundIds) {
			RoundSummary round = found.get(id);
			if (round != null) {
				ordered.put(id, round);
			}
		}
		return ordered;
	}

	/**
	 * The labels of the rounds with these ids, for lists that show each row's round (the staff inbox asks on
	 * every page). Kept in memory: a change made on this instance shows once committed, one made on another
	 * instance within {@link #LABELS_KEPT}. Ids that name no round are absent; the map iterates in the order
	 * of the ids given.
	 */
	public Map<Long, String> roundLabels(Collection<Long> roundIds) {
		Map<Long, String> known = this.labels.getAll(roundIds, (missing) -> {
			Map<Long, String> found = new HashMap<>();
			this.rounds.findByIdIn(Set.copyOf(missing)).forEach((round) -> found.put(round.getId(), round.getLabel()));
			return found;
		});
		Map<Long, String> ordered = new LinkedHashMap<>();
		roundIds.stream().filter(known::containsKey).forEach((id) -> ordered.put(id, known.get(id)));
		return ordered;
	}

	/** Forgets the kept labels now and again once this transaction ends, so that no reader keeps the old ones. */
	private void forgetLabels() {
		this.labels.invalidateAll();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					SelectionService.this.labels.invalidateAll();
				}
			});
		}
	}

	private void lockCall(long callId) {
		this.calls.findForUpdate(callId).orElseThrow(() -> new CallNotFoundException("with id " + callId));
	}

	/** Writes the round now; the unique (call, committee date) of V2 decides a race between two rounds. */
	private void flushRound(long callId, RoundChanges changes) {
		try {
			this.rounds.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new CommitteeDateTakenException(callId, changes.committeeDate());
		}
	}

	private static void requireAdmin(CurrentAccount who) {
		if (!who.has(Role.ADMIN)) {
			throw new AccessDeniedException("Only an administrator edits calls and rounds");
		}
	}

	private CallSettings settings(CallForProjects call) {
		List<String> order = this.reference.themeCodes();
		List<String> themes = call.getThemeCodes()
			.stream()
			.sorted(Comparator.comparingInt((String code) -> {
				int position = order.indexOf(code);
				return (position < 0) ? Integer.MAX_VALUE : position;
			}).thenComparing(Comparator.naturalOrder()))
			.toList();
		List<String> publicOrder = this.reference.publicCodes();
		List<String> publics = call.getPublicCodes()
			.stream()
			.sorted(Comparator.comparingInt((String code) -> {
				int position = publicOrder.indexOf(code);
				return (position < 0) ? Integer.MAX_VALUE : position;
			}).thenComparing(Comparator.naturalOrder()))
			.toList();
		List<DocumentKind> documents = call.getRequiredDocuments().stream().sorted().toList();
		return new CallSettings(call.getId(), call.getSlug(), call.getTitle(), call.getMaxAmount(), call.getOpensOn(),
				call.getClosesOn(), call.getInterimReportMonths(), call.isFinalReportDue(), themes, call.getRules(),
				publics, documents, call.getVersion());
	}

	private static AdminRound admin(SelectionRound round) {
		return new AdminRound(round.getId(), round.getCallId(), round.getLabel(), round.getSubmissionDeadline(),
				round.getCommitteeDate(), round.getVersion());
	}

	private static RoundPublicationState publication(SelectionRound round) {
		return new RoundPublicationState(summary(round), round.getPublishedAt(), round.getPublishedBy());
	}

	private static RoundSummary summary(SelectionRound round) {
		return new RoundSummary(round.getId(), round.getCallId(), round.getLabel(), round.getSubmissionDeadline(),
				round.getCommitteeDate());
	}

}
