package fr.apec.novapec.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.SignedIn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Awards for the budget's tests, made as the committee will make them: {@link BudgetService#award} inside a
 * staff transaction (the committee does not exist yet), on applications selected through their lifecycle. A bean
 * of every {@link IntegrationTest} and {@link fr.apec.novapec.support.WebServerTest} context.
 */
public class TestAwards {

	private final BudgetService budget;

	private final TestApplications applications;

	private final SelectionService selection;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	public TestAwards(BudgetService budget, TestApplications applications, SelectionService selection,
			TransactionTemplate transactions, JdbcClient jdbc) {
		this.budget = budget;
		this.applications = applications;
		this.selection = selection;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	/** Opens a programme year with this budget, as an administrator does. */
	public void year(int year, String budget) {
		Acting.asAdmin(IntegrationTest.ADMIN_EMAIL, () -> this.budget.addYear(year, new BigDecimal(budget)));
	}

	/** A new selected application awarded this amount in this year, counted under this theme and region. */
	public Awarded award(String title, int year, String amount, String theme, String region) {
		return award(this.applications.newSelected(title), year, amount, theme, region);
	}

	/** An award of this amount to this application, whatever its state, as the committee's transaction makes it. */
	public Awarded award(TestApplications.Draft draft, int year, String amount, String theme, String region) {
		long roundId = this.selection.nextRound(this.selection.novapecCall().id(), LocalDate.of(2024, 1, 1))
			.orElseThrow()
			.id();
		long awardId = Acting.asStaff(IntegrationTest.ADMIN_EMAIL,
				() -> this.transactions.execute((tx) -> this.budget.award(new AwardRequest(draft.id(), roundId,
						LocalDate.of(year, 12, 1), new BigDecimal(amount), theme, region),
						SignedIn.as(IntegrationTest.ADMIN_EMAIL))));
		return new Awarded(draft, awardId, tranches(awardId));
	}

	/** The ids and versions of an award's tranches, by rank. */
	public List<long[]> tranches(long awardId) {
		return this.jdbc.sql("select id, version from award_tranche where award_id = ? order by rank")
			.param(awardId)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
	}

	/** Pays the tranche of this rank (1, 2 or 3) of the award, as the first administrator acting as staff. */
	public void pay(Awarded award, int rank) {
		long[] tranche = tranches(award.awardId()).get(rank - 1);
		Acting.asStaff(IntegrationTest.ADMIN_EMAIL,
				() -> this.budget.payTranche(tranche[0], tranche[1], SignedIn.as(IntegrationTest.ADMIN_EMAIL)));
	}

	/** An award and the selected application it funds. */
	public record Awarded(TestApplications.Draft draft, long awardId, List<long[]> tranches) {

		public long trancheId(int rank) {
			return this.tranches.get(rank - 1)[0];
		}

	}

}
