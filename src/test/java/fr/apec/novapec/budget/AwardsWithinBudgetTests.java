package fr.apec.novapec.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.Races;
import fr.apec.novapec.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first invariant of the design: the awards of a programme year never add up to more than its budget, however
 * many staff award at once, because the budget checks and inserts while holding the year's row locked.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwardsWithinBudgetTests {

	static final int THREADS = 50;

	static final BigDecimal BUDGET = new BigDecimal("1000000.00");

	static final BigDecimal EACH = new BigDecimal("30000.00");

	@Autowired
	BudgetService budget;

	@Autowired
	TestApplications applications;

	@Autowired
	SelectionService selection;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	final List<Long> applicationIds = new ArrayList<>();

	long roundId;

	@BeforeAll
	void fiftyApplications() {
		for (int i = 0; i < THREADS; i++) {
			this.applicationIds.add(this.applications.newDraft("Projet financé " + i).id());
		}
		this.roundId = this.selection.nextRound(this.selection.novapecCall().id(), LocalDate.of(2024, 1, 1))
			.orElseThrow()
			.id();
	}

	/**
	 * Fifty staff award fifty distinct applications at the same instant, 1 500 000 € in all from a year of
	 * 1 000 000 €: exactly the 33 awards that fit pass, the others are refused naming what is missing.
	 */
	@RepeatedTest(20)
	void concurrentAwardsNeverExceedTheYearsBudget(RepetitionInfo repetition) throws Exception {
		int year = 2060 + repetition.getCurrentRepetition();
		this.jdbc.sql("insert into programme_year (year, budget) values (?, ?)").params(year, BUDGET).update();
		CurrentAccount admin = SignedIn.as(IntegrationTest.ADMIN_EMAIL);
		CountDownLatch start = new CountDownLatch(1);
		ConcurrentLinkedQueue<OverBudgetException> refusals = new ConcurrentLinkedQueue<>();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<Boolean>> outcomes = new ArrayList<>();
			for (long applicationId : this.applicationIds) {
				outcomes.add(pool.submit(() -> {
					Races.await(start);
					try {
						Acting.asStaff(IntegrationTest.ADMIN_EMAIL, () -> this.transactions.executeWithoutResult(
								(tx) -> this.budget.award(request(applicationId, year, EACH), admin)));
						return true;
					}
					catch (OverBudgetException ex) {
						refusals.add(ex);
						return false;
					}
				}));
			}
			start.countDown();
			int passed = 0;
			for (Future<Boolean> outcome : outcomes) {
				passed += outcome.get() ? 1 : 0;
			}
			YearFigures figures = this.budget.figures(year);
			assertThat(passed).isEqualTo(33);
			assertThat(figures.awarded()).isEqualByComparingTo("990000.00");
			assertThat(figures.remaining()).isEqualByComparingTo("10000.00");
			assertThat(refusals).hasSize(THREADS - 33)
				.allSatisfy((refusal) -> assertThat(refusal.missing()).isEqualByComparingTo("20000.00"));
		}
		finally {
			pool.shutdownNow();
			// A test's cleaning, so that the next repetition awards the same applications again.
			this.jdbc.sql("delete from award_tranche where award_id in (select id from award where year = ?)").param(year).update();
			this.jdbc.sql("delete from award where year = ?").param(year).update();
			this.jdbc.sql("delete from programme_year where year = ?").param(year).update();
		}
	}

	@Test
	void anAwardOutsideAStaffTransactionOrByAnApplicantIsRefused() {
		CurrentAccount admin = SignedIn.as(IntegrationTest.ADMIN_EMAIL);
		long applicationId = this.applicationIds.get(0);
		assertThatThrownBy(() -> Acting.asStaff(IntegrationTest.ADMIN_EMAIL,
				() -> this.budget.award(request(applicationId, 2025, EACH), admin)))
			.isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
		assertThatThrownBy(() -> Acting.as("someone@example.org", "APPLICANT",
				() -> this.transactions.execute((tx) -> this.budget.award(request(applicationId, 2025, EACH), admin))))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aYearWithoutBudgetAwardsNothing() {
		CurrentAccount admin = SignedIn.as(IntegrationTest.ADMIN_EMAIL);
		assertThatThrownBy(() -> Acting.asStaff(IntegrationTest.ADMIN_EMAIL, () -> this.transactions
			.executeWithoutResult((tx) -> this.budget.award(request(this.applicationIds.get(1), 2099, EACH), admin))))
			.isInstanceOf(NoBudgetForYearException.class);
	}

	private AwardRequest request(long applicationId, int year, BigDecimal amount) {
		return new AwardRequest(applicationId, this.roundId, LocalDate.of(year, 12, 1), amount, "emploi", "76");
	}

}
