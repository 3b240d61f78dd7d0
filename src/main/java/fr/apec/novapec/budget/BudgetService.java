package fr.apec.novapec.budget;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme years and their budgets. */
@Service
public class BudgetService {

	private final ProgrammeYearRepository years;

	BudgetService(ProgrammeYearRepository years) {
		this.years = years;
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

	private static AnnualBudget view(ProgrammeYear year) {
		return new AnnualBudget(year.getYear(), year.getBudget());
	}

}
