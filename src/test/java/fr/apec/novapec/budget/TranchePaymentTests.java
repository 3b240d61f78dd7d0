package fr.apec.novapec.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.report.ReportReview;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.Races;
import fr.apec.novapec.support.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tranches of an award: created with it (50 %, 30 %, 20 %, to the cent), paid by staff once each, and only when
 * its condition holds: the signature at once, the second and third once the laureate's interim and final reports
 * are approved. Two clicks at once pay once; each payment is a line of the application's audit journal.
 */
@IntegrationTest
class TranchePaymentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BudgetService budget;

	@Autowired
	ReportReview reviews;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestAwards awards;

	@org.junit.jupiter.api.AfterEach
	void forgetTestYears() {
		this.awards.forgetTestYears();
	}

	@Test
	void anAwardGetsTheStandardTranchesToTheCent() {
		this.awards.year(2091, "1000000");
		TestAwards.Awarded award = this.awards.award("Projet au centime", 2091, "10000.01", "emploi", "76");
		assertThat(this.jdbc.sql("select condition || ' ' || amount from award_tranche where award_id = ? order by rank")
			.param(award.awardId()).query(String.class).list())
			.containsExactly("SIGNATURE 5000.00", "INTERIM_REPORT_APPROVED 3000.00", "FINAL_REPORT_APPROVED 2000.01");
	}

	@Test
	void tranchesCannotBePaidBeforeTheirReportIsApproved() throws Exception {
		this.awards.year(2092, "1000000");
		TestAwards.Awarded award = this.awards.award("Projet à rapports", 2092, "10000", "emploi", "76");
		String staff = IntegrationTest.ADMIN_EMAIL;

		// The signature's tranche is paid at once; the others wait for their report, on the page as in the service.
		this.awards.pay(award, 1);
		assertThat(page()).contains("data-tranche=\"" + award.trancheId(1) + "\"")
			.doesNotContain("/gestion/budget/tranches/" + award.trancheId(2) + "/payer")
			.doesNotContain("/gestion/budget/tranches/" + award.trancheId(3) + "/payer");
		this.mvc.perform(post("/gestion/budget/tranches/" + award.trancheId(2) + "/payer").with(staff()).with(csrf())
				.param("version", "0").param("annee", "2092"))
			.andExpect(redirectedUrl("/gestion/budget/2092#awards-heading"))
			.andExpect(flash().attribute("alert", "Cette tranche ne peut pas encore être versée : elle est due après "
					+ "l'approbation du rapport intermédiaire."));
		assertThat(refusal(award, 3)).isEqualTo(TrancheNotPayableException.Reason.CONDITION_NOT_MET);

		// A report sent but not yet approved is not enough.
		send(award, "intermediaire");
		assertThat(refusal(award, 2)).isEqualTo(TrancheNotPayableException.Reason.CONDITION_NOT_MET);

		// Approved, the interim report lets the second tranche be paid; the third still waits for the final one.
		Acting.asStaff(staff, () -> this.reviews.approve(reportId(award, "INTERIM"), SignedIn.as(staff)));
		assertThat(page()).contains("/gestion/budget/tranches/" + award.trancheId(2) + "/payer");
		this.mvc.perform(post("/gestion/budget/tranches/" + award.trancheId(2) + "/payer").with(staff()).with(csrf())
				.param("version", "0").param("annee", "2092"))
			.andExpect(flash().attribute("notice", "La tranche est marquée versée."));
		assertThat(refusal(award, 3)).isEqualTo(TrancheNotPayableException.Reason.CONDITION_NOT_MET);
		send(award, "final");
		Acting.asStaff(staff, () -> this.reviews.approve(reportId(award, "FINAL"), SignedIn.as(staff)));
		this.awards.pay(award, 3);

		assertThat(this.jdbc.sql("select count(*) from award_tranche where award_id = ? and paid_at is not null")
			.param(award.awardId()).query(Long.class).single()).isEqualTo(3);
		assertThat(this.jdbc.sql("select detail from audit_entry where application_id = ? and action = 'TRANCHE_PAID' order by id")
			.param(award.draft().id()).query(String.class).list())
			.containsExactly("1 · SIGNATURE · 5000.00 €", "2 · INTERIM_REPORT_APPROVED · 3000.00 €",
					"3 · FINAL_REPORT_APPROVED · 2000.00 €");
	}

	/**
	 * Two clicks on the same tranche (a double click, two tabs): the first payment's transaction stays open until
	 * the second is seen waiting for the tranche's row lock in PostgreSQL; the second then finds it paid, and is
	 * told so. Without the lock, the second would read the tranche unpaid.
	 */
	@Test
	void aTrancheIsPaidOnceUnderTwoConcurrentClicks() throws Exception {
		this.awards.year(2093, "1000000");
		TestAwards.Awarded award = this.awards.award("Projet payé deux fois ?", 2093, "8000", "territoires", "11");
		long trancheId = award.trancheId(1);
		CurrentAccount admin = SignedIn.as(IntegrationTest.ADMIN_EMAIL);
		CountDownLatch firstPaid = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<String> first = pool.submit(() -> outcome(() -> Acting.asStaff(IntegrationTest.ADMIN_EMAIL,
					() -> this.transactions.executeWithoutResult((tx) -> {
						this.budget.payTranche(trancheId, 0, admin);
						firstPaid.countDown();
						Races.await(release);
					}))));
			Races.await(firstPaid);
			Future<String> second = pool.submit(() -> outcome(() -> Acting.asStaff(IntegrationTest.ADMIN_EMAIL,
					() -> this.budget.payTranche(trancheId, 0, admin))));
			awaitALockWaiter();
			release.countDown();
			assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
				.containsExactly("done", "ALREADY_PAID");
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("select count(*) from audit_entry where application_id = ? and action = 'TRANCHE_PAID'")
			.param(award.draft().id()).query(Long.class).single()).isEqualTo(1);

		// Clicked again from a page read before the payment: told it was paid already, nothing counted twice.
		this.mvc.perform(post("/gestion/budget/tranches/" + trancheId + "/payer").with(staff()).with(csrf())
				.param("version", "0").param("annee", "2093"))
			.andExpect(flash().attribute("alert", "Cette tranche était déjà versée : elle n'a pas été comptée une seconde fois."));
		assertThat(Acting.asStaff(IntegrationTest.ADMIN_EMAIL, () -> this.budget.page(2093, 1, 50).figures().paid()))
			.isEqualByComparingTo("4000");
		this.mvc.perform(post("/gestion/budget/tranches/" + Long.MAX_VALUE + "/payer").with(staff()).with(csrf()))
			.andExpect(status().isNotFound());
	}

	/** Waits until a session of the test database waits for a lock (the second payment), 30 seconds at most. */
	private void awaitALockWaiter() throws InterruptedException {
		for (int i = 0; i < 1500; i++) {
			long waiting = this.jdbc.sql("select count(*) from pg_stat_activity "
					+ "where datname = current_database() and wait_event_type = 'Lock'").query(Long.class).single();
			if (waiting > 0) {
				return;
			}
			Thread.sleep(20);
		}
	}

	private static String outcome(Runnable action) {
		try {
			action.run();
			return "done";
		}
		catch (TrancheNotPayableException ex) {
			return ex.reason().name();
		}
		catch (RuntimeException ex) {
			return ex.getClass().getSimpleName();
		}
	}

	private TrancheNotPayableException.Reason refusal(TestAwards.Awarded award, int rank) {
		List<TrancheNotPayableException.Reason> reasons = new ArrayList<>();
		assertThatThrownBy(() -> this.awards.pay(award, rank)).isInstanceOfSatisfying(TrancheNotPayableException.class,
				(ex) -> reasons.add(ex.reason()));
		return reasons.get(0);
	}

	private void send(TestAwards.Awarded award, String kind) throws Exception {
		this.mvc.perform(post("/espace/candidatures/" + award.draft().id() + "/rapports/" + kind + "/envoyer")
				.with(user(award.draft().member()).roles("APPLICANT")).with(csrf())
				.param("reachedCadres", "10").param("reachedJeunesDiplomes", "5").param("achieved[0]", "12")
				.param("text", "Bilan."))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("notice"));
	}

	private long reportId(TestAwards.Awarded award, String kind) {
		return this.jdbc.sql("select id from laureate_report where application_id = ? and kind = ?")
			.params(award.draft().id(), kind).query(Long.class).single();
	}

	private String page() throws Exception {
		return this.mvc.perform(get("/gestion/budget/2092").with(staff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor staff() {
		return user(IntegrationTest.ADMIN_EMAIL).roles("STAFF");
	}

}
