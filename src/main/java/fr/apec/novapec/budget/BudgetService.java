package fr.apec.novapec.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.shared.AuditedAction;

/**
 * The programme years, their budgets and the awards charged to them. This service alone writes an award, and it
 * guarantees that the awards of a year never add up to more than the year's budget, however many staff decide at
 * once: the check and the insert happen while the caller's transaction holds the year's row locked. It also keeps
 * the tranches of each award (paid once, when their condition holds) and what the budget page and the open data
 * show of them. The applications and their reports it asks of {@link AwardedApplications} and
 * {@link ReportApprovals}, beans of their modules.
 */
@Service
public class BudgetService {

	private final ProgrammeYearRepository years;

	private final AwardRepository awards;

	private final BudgetQueries queries;

	private final AwardTrancheRepository tranches;

	private final ObjectProvider<AwardedApplications> applications;

	private final ObjectProvider<ReportApprovals> reports;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BudgetService(ProgrammeYearRepository years, AwardRepository awards, BudgetQueries queries,
			AwardTrancheRepository tranches, ObjectProvider<AwardedApplications> applications,
			ObjectProvider<ReportApprovals> reports, ApplicationEventPublisher events, Clock clock) {
		this.years = years;
		this.awards = awards;
		this.queries = queries;
		this.tranches = tranches;
		this.applications = applications;
		this.reports = reports;
		this.events = events;
		this.clock = clock;
	}

	/** The budget of the most recent programme year, or empty before the first one is set. */
	@Transactional(readOnly = true)
	public Optional<AnnualBudget> latestBudget() {
		return this.years.findFirstByOrderByYearDesc().map(BudgetService::view);
	}

	/** The budget of the given programme year, if that year is set. */
	@Transactional(readOnly = true)
	public Optional<AnnualBudget> budgetOf(int year) {
		return this.years.findByYear(year).map(BudgetService::view);
	}

	/**
	 * Charges an award to the programme year of the request's committee date, inside the caller's transaction
	 * (a committee records a decision and its award together, or neither), with its standard tranches
	 * ({@link TranchePlan}). The year's row stays locked until that
	 * transaction ends, so a concurrent award of the same year waits and then sees this one.
	 * @return the award's id
	 * @throws NoBudgetForYearException when that year has no budget
	 * @throws OverBudgetException when what remains of the year is less than the amount, naming what is missing
	 * @throws AlreadyAwardedException when the application already holds an award
	 */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional(propagation = Propagation.MANDATORY)
	public long award(AwardRequest request, CurrentAccount who) {
		int year = request.committeeDate().getYear();
		ProgrammeYear locked = this.years.lockYear(year).orElseThrow(() -> new NoBudgetForYearException(year));
		if (this.awards.existsByApplicationId(request.applicationId())) {
			throw new AlreadyAwardedException(request.applicationId());
		}
		BigDecimal remaining = locked.getBudget().subtract(this.awards.totalOfYear(year));
		if (request.amount().compareTo(remaining) > 0) {
			throw new OverBudgetException(year, remaining, request.amount().subtract(remaining));
		}
		return this.awards.save(new Award(year, request, who.id(), this.clock.instant())).id();
	}

	/**
	 * A year's figures as the committee and the budget page show them: its budget, what is awarded, in total and
	 * by theme and by lead region, beside the envelopes set for them; summed in PostgreSQL.
	 * @throws NoBudgetForYearException when that year has no budget
	 */
	@Transactional(readOnly = true)
	public YearFigures figures(int year) {
		return this.queries.figures(year).orElseThrow(() -> new NoBudgetForYearException(year));
	}

	/** Every programme year, the latest first, with what is awarded and paid of it. */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional(readOnly = true)
	public List<YearSummary> years() {
		return this.queries.years();
	}

	/**
	 * What the budget page shows of a year: its figures, and a page of its awards of this size (the oldest first; a
	 * page out of range gives the nearest one) named by their applications, each with its tranches and whether each may be paid
	 * now; in a fixed number of statements whatever the number of awards.
	 * @throws NoBudgetForYearException when that year has no budget
	 */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional(readOnly = true)
	public BudgetPage page(int year, int pageNumber, int pageSize) {
		YearFigures figures = figures(year);
		int count = this.queries.awardCount(year);
		int pageCount = Math.max(1, (count + pageSize - 1) / pageSize);
		int shown = Math.min(Math.max(pageNumber, 1), pageCount);
		List<BudgetQueries.AwardRow> rows = this.queries.awardsOf(year, (shown - 1) * pageSize, pageSize);
		List<Long> applicationIds = rows.stream().map(BudgetQueries.AwardRow::applicationId).toList();
		Map<Long, AwardedApplications.AwardedApplication> named = describe(applicationIds);
		Map<Long, Set<TrancheCondition>> approved = approvedConditions(applicationIds);
		List<BudgetPage.AwardLine> lines = rows.stream().map((row) -> {
			AwardedApplications.AwardedApplication application = named.get(row.applicationId());
			Set<TrancheCondition> holding = approved.getOrDefault(row.applicationId(), Set.of());
			List<BudgetPage.TrancheLine> tranches = row.tranches()
				.stream()
				.map((t) -> new BudgetPage.TrancheLine(t.id(), t.rank(), t.condition(), t.amount(), t.paidAt(),
						t.paidAt() == null && holds(t.condition(), holding), t.version()))
				.toList();
			return new BudgetPage.AwardLine(row.id(), row.applicationId(),
					(application != null) ? application.reference() : null,
					(application != null) ? application.title() : null,
					(application != null) ? application.organisationName() : null, row.amount(), row.themeCode(),
					row.regionCode(), row.awardedAt(), tranches);
		}).toList();
		return new BudgetPage(figures, lines, shown, pageCount, count);
	}

	/**
	 * Adds a programme year with its budget.
	 * @throws YearExistsException when that year exists already
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void addYear(int year, BigDecimal budget) {
		if (this.years.findByYear(year).isPresent()) {
			throw new YearExistsException(year);
		}
		try {
			this.years.saveAndFlush(new ProgrammeYear(year, budget));
		}
		catch (DataIntegrityViolationException ex) {
			// Another administrator added it meanwhile.
			throw new YearExistsException(year);
		}
	}

	/**
	 * Changes a year's budget, from a form read on the year's version {@code readVersion}; under the year's lock,
	 * so that no award slips in between the check and the change.
	 * @throws NoBudgetForYearException when that year does not exist
	 * @throws YearChangedException when the year changed since the form was read
	 * @throws BudgetBelowAwardsException when the budget is less than what is already awarded
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void changeBudget(int year, BigDecimal budget, long readVersion) {
		ProgrammeYear locked = lockedAt(year, readVersion);
		locked.changeBudget(budget, this.awards.totalOfYear(year));
	}

	/**
	 * Replaces a year's envelopes (an amount per theme code and per region code; a code left out has none, a code
	 * of no theme or region is ignored), from a form read on the year's version {@code readVersion}.
	 * @throws NoBudgetForYearException when that year does not exist
	 * @throws YearChangedException when the year changed since the form was read
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void changeEnvelopes(int year, Map<String, BigDecimal> themes, Map<String, BigDecimal> regions,
			long readVersion) {
		ProgrammeYear locked = lockedAt(year, readVersion);
		YearFigures current = figures(year);
		locked.replaceEnvelopes(known(themes, current.themes()), known(regions, current.regions()));
	}

	/** The amounts of the codes of the reference data; any other code is left out. */
	private static Map<String, BigDecimal> known(Map<String, BigDecimal> amounts, List<YearFigures.Line> lines) {
		Map<String, BigDecimal> known = new java.util.LinkedHashMap<>();
		lines.stream()
			.filter((line) -> amounts.containsKey(line.code()))
			.forEach((line) -> known.put(line.code(), amounts.get(line.code())));
		return known;
	}

	private ProgrammeYear lockedAt(int year, long readVersion) {
		ProgrammeYear locked = this.years.lockYear(year).orElseThrow(() -> new NoBudgetForYearException(year));
		if (locked.getVersion() != readVersion) {
			throw new YearChangedException(year);
		}
		return locked;
	}

	/**
	 * Marks a tranche paid by this staff member, from a form read on its version {@code readVersion}: once, under
	 * the tranche's lock (a double click or a second tab waits, then finds it paid), and only when its condition
	 * holds (the signature always; a report condition once that report of the application is approved). The audit
	 * journal keeps the payment, as an action on the application.
	 * @throws TrancheNotFoundException when there is no such tranche
	 * @throws TrancheNotPayableException when it is paid already, changed since, or its condition does not hold
	 */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional
	public void payTranche(long trancheId, long readVersion, CurrentAccount who) {
		AwardTranche tranche = this.tranches.lockTranche(trancheId)
			.orElseThrow(() -> new TrancheNotFoundException(trancheId));
		long applicationId = tranche.applicationId();
		boolean holds = holds(tranche.condition(),
				approvedConditions(List.of(applicationId)).getOrDefault(applicationId, Set.of()));
		Instant now = this.clock.instant();
		tranche.pay(readVersion, holds, who.id(), now);
		this.events.publishEvent(new AuditedAction(applicationId, who.id(), AuditedAction.Action.TRANCHE_PAID,
				tranche.rank() + " · " + tranche.condition().name() + " · " + tranche.amount().toPlainString() + " €",
				null, now));
	}

	/**
	 * The awards the public may read, oldest first: those whose application stands SELECTED in a round whose
	 * decisions are published (an award exists once the committee records it; the applicant and the public learn
	 * of it at the publication), named by the application's reference and
	 * title and its organisation's name and SIRET.
	 */
	@Transactional(readOnly = true)
	public List<PublishedAward> publishedAwards() {
		List<BudgetQueries.AwardRow> rows = this.queries.allAwards();
		Map<Long, AwardedApplications.AwardedApplication> named = describe(
				rows.stream().map(BudgetQueries.AwardRow::applicationId).toList());
		AwardedApplications lookup = this.applications.getIfAvailable();
		Set<Long> published = (lookup == null || rows.isEmpty()) ? Set.of()
				: lookup.decidedInPublishedRound(rows.stream().map(BudgetQueries.AwardRow::applicationId).toList());
		return rows.stream().filter((row) -> named.containsKey(row.applicationId())
				&& named.get(row.applicationId()).selected() && published.contains(row.applicationId())).map((row) -> {
					AwardedApplications.AwardedApplication application = named.get(row.applicationId());
					List<Instant> paid = row.tranches()
						.stream()
						.map(BudgetQueries.TrancheRow::paidAt)
						.filter(Objects::nonNull)
						.sorted()
						.toList();
					return new PublishedAward(application.reference(), application.organisationName(),
							application.siret(), application.title(), row.amount(), row.awardedAt(),
							paid.isEmpty() ? null : paid.get(0), paid.isEmpty() ? null : paid.get(paid.size() - 1));
				}).toList();
	}

	private Map<Long, AwardedApplications.AwardedApplication> describe(Collection<Long> applicationIds) {
		AwardedApplications lookup = this.applications.getIfAvailable();
		return (lookup == null || applicationIds.isEmpty()) ? Map.of() : lookup.describe(applicationIds);
	}

	private Map<Long, Set<TrancheCondition>> approvedConditions(Collection<Long> applicationIds) {
		ReportApprovals approvals = this.reports.getIfAvailable();
		return (approvals == null || applicationIds.isEmpty()) ? Map.of()
				: approvals.approvedConditions(applicationIds);
	}

	private static boolean holds(TrancheCondition condition, Set<TrancheCondition> approved) {
		return condition == TrancheCondition.SIGNATURE || approved.contains(condition);
	}

	private static AnnualBudget view(ProgrammeYear year) {
		return new AnnualBudget(year.getYear(), year.getBudget());
	}

}
