package fr.apec.novapec.committee;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.application.ApplicationStatus;
import fr.apec.novapec.application.ApplicationTransitions;
import fr.apec.novapec.application.Applications;
import fr.apec.novapec.application.RoundApplication;
import fr.apec.novapec.budget.AwardRequest;
import fr.apec.novapec.budget.BudgetService;
import fr.apec.novapec.budget.NoBudgetForYearException;
import fr.apec.novapec.budget.OverBudgetException;
import fr.apec.novapec.budget.YearFigures;
import fr.apec.novapec.review.ReviewAssignments;
import fr.apec.novapec.selection.RoundNotFoundException;
import fr.apec.novapec.selection.RoundSummary;
import fr.apec.novapec.selection.SelectionService;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee of a selection round, for staff and administrators (by the security context as well as by the URL
 * rules). Reading a round, ranking its applications in review and simulating the budget run a fixed number of
 * statements whatever the number of applications; recording a page's decisions is one transaction, in which every
 * decided application is locked (in the order of their ids, so that two pages never wait for each other in a
 * circle) before the programme year's row, and either every decision and award is recorded or none.
 */
@Service
@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
public class CommitteeService {

	/** Scored first, the best first; unscored last; then by reference. */
	private static final Comparator<RankedApplication> RANKING = Comparator
		.comparing(RankedApplication::score, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing((ranked) -> ranked.application().reference());

	private final SelectionService selection;

	private final Applications applications;

	private final ApplicationTransitions transitions;

	private final ReviewAssignments reviews;

	private final BudgetService budget;

	private final Clock clock;

	CommitteeService(SelectionService selection, Applications applications, ApplicationTransitions transitions,
			ReviewAssignments reviews, BudgetService budget, Clock clock) {
		this.selection = selection;
		this.applications = applications;
		this.transitions = transitions;
		this.reviews = reviews;
		this.budget = budget;
		this.clock = clock;
	}

	/** The rounds of the Novapec call, the latest committee first. */
	@Transactional(readOnly = true)
	public List<RoundSummary> rounds() {
		return this.selection.roundsOfCall(this.selection.novapecCall().id());
	}

	/**
	 * A round with all its applications (by reference) and their weighted scores.
	 * @throws RoundNotFoundException when there is no such round
	 */
	@Transactional(readOnly = true)
	public RoundView round(long roundId) {
		RoundSummary round = summary(roundId);
		return view(round, this.applications.ofRound(roundId, true), false);
	}

	/**
	 * A round's applications in review, ranked by weighted score (unscored last), for its committee.
	 * @throws RoundNotFoundException when there is no such round
	 */
	@Transactional(readOnly = true)
	public RoundView committee(long roundId) {
		RoundSummary round = summary(roundId);
		List<RoundApplication> inReview = this.applications.ofRound(roundId, true)
			.stream()
			.filter((application) -> application.status() == ApplicationStatus.IN_REVIEW)
			.toList();
		return view(round, inReview, true);
	}

	/** The most the round's call awards a project, or null when it sets no maximum. */
	@Transactional(readOnly = true)
	public BigDecimal maxAmount(long roundId) {
		return this.selection.call(summary(roundId).callId()).maxAmount();
	}

	/**
	 * What these proposals would do to the programme year of the round (the year of its committee date): the
	 * year's figures summed by PostgreSQL, the rows of the page that are selected with a positive amount added by
	 * the theme and lead region of their application. Rows of applications not in review in the round count
	 * nothing. Six statements, whatever the number of rows.
	 * @throws RoundNotFoundException when there is no such round
	 */
	@Transactional(readOnly = true)
	public BudgetPanel panel(long roundId, List<DecisionInput> rows) {
		RoundSummary round = summary(roundId);
		int year = round.committeeDate().getYear();
		Map<Long, RoundApplication> inReview = inReview(roundId, rows);
		Map<String, BigDecimal> byTheme = new HashMap<>();
		Map<String, BigDecimal> byRegion = new HashMap<>();
		BigDecimal proposed = BigDecimal.ZERO;
		for (DecisionInput row : rows) {
			RoundApplication application = inReview.get(row.applicationId());
			if (application != null && row.proposes()) {
				proposed = proposed.add(row.amount());
				byTheme.merge(application.themeCode(), row.amount(), BigDecimal::add);
				byRegion.merge(application.leadRegion(), row.amount(), BigDecimal::add);
			}
		}
		// Asked first rather than caught: the budget module's refusal would mark this transaction for rollback.
		if (this.budget.budgetOf(year).isEmpty()) {
			return new BudgetPanel(year, false, BigDecimal.ZERO, BigDecimal.ZERO, proposed, List.of(), List.of());
		}
		YearFigures figures = this.budget.figures(year);
		List<BudgetPanel.Line> regions = lines(figures.regions(), byRegion)
			.stream()
			.filter((line) -> line.total().signum() > 0 || line.envelope() != null)
			.toList();
		return new BudgetPanel(year, true, figures.budget(), figures.awarded(), proposed,
				lines(figures.themes(), byTheme), regions);
	}

	/**
	 * Records the decisions of a committee's page in one transaction: each selected row makes its application
	 * SELECTED with the amount and charges the award to the round's programme year (under the application's theme
	 * and lead region), each rejected row makes it REJECTED with its reason, each deferred row moves it to the
	 * next round; rows without a decision leave their application in review.
	 * @throws DecisionsOverBudgetException when the awards do not fit in what remains of the year; nothing saved
	 * @throws NoBudgetForYearException when the year has no budget and a row is selected
	 * @throws NoNextRoundException when a row is deferred and the call has no round after this one
	 * @throws fr.apec.novapec.application.IllegalTransitionException when an application is no longer in review
	 * in this round or changed since the page was read (a newer decision); nothing saved
	 * @throws IllegalArgumentException when a selected amount is not positive, passes the amount requested or
	 * the call's maximum, or a rejection has no reason
	 */
	@Transactional
	public void record(long roundId, List<DecisionInput> rows, CurrentAccount who) {
		RoundSummary round = summary(roundId);
		Map<Long, RoundApplication> inReview = inReview(roundId, rows);
		BigDecimal max = this.selection.call(round.callId()).maxAmount();
		List<DecisionInput> decided = rows.stream()
			.filter((row) -> row.decision() != null)
			.sorted(Comparator.comparingLong(DecisionInput::applicationId))
			.toList();
		Long next = decided.stream().anyMatch((row) -> row.decision() == Decision.DEFERRED)
				? this.selection.roundAfter(roundId).orElseThrow(() -> new NoNextRoundException(roundId)).id() : null;
		for (DecisionInput row : decided) {
			switch (row.decision()) {
				case SELECTED -> {
					requireAwardable(row, inReview.get(row.applicationId()), max);
					this.transitions.select(row.applicationId(), who, roundId, row.amount(), row.version());
				}
				case REJECTED -> this.transitions.reject(row.applicationId(), who, roundId, row.reason(), row.version());
				case DEFERRED -> this.transitions.defer(row.applicationId(), who, roundId, next, row.version());
			}
		}
		List<DecisionInput> selected = decided.stream().filter((row) -> row.decision() == Decision.SELECTED).toList();
		for (int i = 0; i < selected.size(); i++) {
			DecisionInput row = selected.get(i);
			RoundApplication application = inReview.get(row.applicationId());
			try {
				this.budget.award(new AwardRequest(row.applicationId(), roundId, round.committeeDate(), row.amount(),
						application.themeCode(), application.leadRegion()), who);
			}
			catch (OverBudgetException ex) {
				// What remained when this award was refused, against this one and those still to come.
				BigDecimal rest = selected.subList(i, selected.size())
					.stream()
					.map(DecisionInput::amount)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				throw new DecisionsOverBudgetException(ex.year(), rest.subtract(ex.remaining()), ex);
			}
		}
	}

	private static void requireAwardable(DecisionInput row, RoundApplication application, BigDecimal max) {
		BigDecimal amount = row.amount();
		if (application == null) {
			return; // no longer in review here: the transition tells it as overtaken
		}
		if (amount == null || amount.signum() <= 0
				|| (application.requestedAmount() != null && amount.compareTo(application.requestedAmount()) > 0)
				|| (max != null && amount.compareTo(max) > 0)) {
			throw new IllegalArgumentException("Amount out of bounds for application " + row.applicationId());
		}
	}

	/** Those of the rows' applications that are in review in the round, by id. */
	private Map<Long, RoundApplication> inReview(long roundId, List<DecisionInput> rows) {
		return this.applications.ofRound(roundId, rows.stream().map(DecisionInput::applicationId).distinct().toList())
			.stream()
			.filter((application) -> application.status() == ApplicationStatus.IN_REVIEW)
			.collect(Collectors.toMap(RoundApplication::id, Function.identity()));
	}

	private RoundView view(RoundSummary round, List<RoundApplication> rows, boolean ranked) {
		Map<Long, BigDecimal> scores = this.reviews.weightedMeans(round.callId(),
				rows.stream().map(RoundApplication::id).toList());
		Comparator<RankedApplication> order = ranked ? RANKING : Comparator.comparing((RankedApplication r) -> r.application().reference());
		List<RankedApplication> applications = rows.stream()
			.map((row) -> new RankedApplication(row, scores.get(row.id())))
			.sorted(order)
			.toList();
		boolean closed = round.submissionDeadline().isBefore(LocalDate.now(this.clock));
		RoundSummary next = this.selection.roundAfter(round.id()).orElse(null);
		return new RoundView(round, closed, applications, next);
	}

	private static List<BudgetPanel.Line> lines(List<YearFigures.Line> figures, Map<String, BigDecimal> proposed) {
		return figures.stream()
			.map((line) -> new BudgetPanel.Line(line.code(), line.name(), line.awarded(),
					proposed.getOrDefault(line.code(), BigDecimal.ZERO), line.envelope()))
			.toList();
	}

	private RoundSummary summary(long roundId) {
		return this.selection.round(roundId).orElseThrow(() -> new RoundNotFoundException(roundId));
	}

}
