package fr.apec.novapec.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.apec.novapec.account.CurrentAccount;

/**
 * The programme years, their budgets and the awards charged to them. This service alone writes an award, and it
 * guarantees that the awards of a year never add up to more than the year's budget, however many staff decide at
 * once: the check and the insert happen while the caller's transaction holds the year's row locked.
 */
@Service
public class BudgetService {

	private final ProgrammeYearRepository years;

	private final AwardRepository awards;

	private final BudgetQueries queries;

	private final Clock clock;

	BudgetService(ProgrammeYearRepository years, AwardRepository awards, BudgetQueries queries, Clock clock) {
		this.years = years;
		this.awards = awards;
		this.queries = queries;
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
	 * (a committee records a decision and its award together, or neither). The year's row stays locked until that
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

	private static AnnualBudget view(ProgrammeYear year) {
		return new AnnualBudget(year.getYear(), year.getBudget());
	}

}
