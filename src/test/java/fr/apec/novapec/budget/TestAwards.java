package fr.apec.novapec.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.committee.Decision;
import fr.apec.novapec.selection.RoundSummary;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.Rounds;
import fr.apec.novapec.support.SignedIn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Awards for the budget's tests, made by the committee's own code on applications taken through their lifecycle. A bean
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

	/**
	 * A new application selected by the committee of a round of this year with this amount, led by this region
	 * under this theme: the committee's own code makes the award, as in the portal.
	 */
	public Awarded award(String title, int year, String amount, String theme, String region) {
		BigDecimal euros = new BigDecimal(amount);
		TestApplications.Draft draft = this.applications.newInReviewIn(title, roundOf(year), theme, region,
				IntegrationTest.ADMIN_EMAIL, euros);
		this.applications.decide(draft, Decision.SELECTED, euros, null);
		long awardId = awardOf(draft).orElseThrow();
		return new Awarded(draft, awardId, tranches(awardId));
	}

	/**
	 * The award of this application: the one its committee made when it was selected (whatever the other
	 * arguments say), or else an award of this amount made directly in a staff transaction, whatever its state (an
	 * application in review holding an award is what the open data must leave out).
	 */
	public Awarded award(TestApplications.Draft draft, int year, String amount, String theme, String region) {
		long awardId = awardOf(draft).orElseGet(() -> Acting.asStaff(IntegrationTest.ADMIN_EMAIL,
				() -> this.transactions.execute((tx) -> this.budget.award(new AwardRequest(draft.id(),
						roundOf(year), LocalDate.of(year, 12, 1), new BigDecimal(amount), theme, region),
						SignedIn.as(IntegrationTest.ADMIN_EMAIL)))));
		return new Awarded(draft, awardId, tranches(awardId));
	}

	/**
	 * Marks the decisions of this year's round published, as the selection module records a publication (without
	 * the letters and laureates the committee's publication makes, which its own tests cover).
	 */
	public void publishRound(int year) {
		long round = roundOf(year);
		Acting.asStaff(IntegrationTest.ADMIN_EMAIL, () -> this.transactions
			.execute((tx) -> this.selection.publish(round, SignedIn.as(IntegrationTest.ADMIN_EMAIL))));
	}

	private Optional<Long> awardOf(TestApplications.Draft draft) {
		return this.jdbc.sql("select id from award where application_id = ?").param(draft.id()).query(Long.class).optional();
	}

	/**
	 * The round of the Novapec call whose committee meets on 1 December of this year, made the first time. Its
	 * cut-off is long past (2023, before every round the other tests look for), so that no other test's
	 * submission ever joins it.
	 */
	private synchronized long roundOf(int year) {
		LocalDate committee = LocalDate.of(year, 12, 1);
		return this.selection.roundsOfCall(this.selection.novapecCall().id())
			.stream()
			.filter((round) -> round.committeeDate().equals(committee))
			.findFirst()
			.map(RoundSummary::id)
			.orElseGet(() -> Rounds.create(this.selection, "Comité de décembre " + year,
					LocalDate.of(2023, 1, 1).plusDays(year % 100), committee));
	}

	/**
	 * Deletes the programme years after 2030 that the budget's tests made, with their awards, tranches and
	 * envelopes, and takes back their rounds' publication (a test's cleaning): the home page shows the latest year's budget, which must stay a real one.
	 */
	public void forgetTestYears() {
		this.jdbc.sql("""
				update selection_round set published_at = null, published_by = null
				where extract(year from committee_date) > 2030""").update();
		this.jdbc.sql("delete from award_tranche where award_id in (select id from award where year > 2030)").update();
		this.jdbc.sql("delete from award where year > 2030").update();
		this.jdbc.sql("delete from budget_envelope where year > 2030").update();
		this.jdbc.sql("delete from programme_year where year > 2030").update();
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
