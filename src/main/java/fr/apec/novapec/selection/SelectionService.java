package fr.apec.novapec.selection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.apec.novapec.reference.ReferenceDataService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calls for projects and their selection rounds, as the other modules see them. Read-only for now:
 * staff will edit calls and rounds in a later issue.
 */
@Service
@Transactional(readOnly = true)
public class SelectionService {

	/** The slug of the continuous Novapec call (migration V2). */
	static final String NOVAPEC = "novapec";

	private final CallForProjectsRepository calls;

	private final SelectionRoundRepository rounds;

	private final ReferenceDataService reference;

	SelectionService(CallForProjectsRepository calls, SelectionRoundRepository rounds,
			ReferenceDataService reference) {
		this.calls = calls;
		this.rounds = rounds;
		this.reference = reference;
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

	/** The round with this id, or empty when there is none. */
	public Optional<RoundSummary> round(long roundId) {
		return this.rounds.findById(roundId).map(SelectionService::summary);
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

	private CallSettings settings(CallForProjects call) {
		List<String> order = this.reference.themeCodes();
		List<String> themes = call.getThemeCodes()
			.stream()
			.sorted(Comparator.comparingInt((String code) -> {
				int position = order.indexOf(code);
				return (position < 0) ? Integer.MAX_VALUE : position;
			}).thenComparing(Comparator.naturalOrder()))
			.toList();
		return new CallSettings(call.getId(), call.getSlug(), call.getTitle(), call.getMaxAmount(), call.getOpensOn(),
				call.getClosesOn(), call.getInterimReportMonths(), call.isFinalReportDue(), themes);
	}

	private static RoundSummary summary(SelectionRound round) {
		return new RoundSummary(round.getId(), round.getCallId(), round.getLabel(), round.getSubmissionDeadline(),
				round.getCommitteeDate());
	}

}
