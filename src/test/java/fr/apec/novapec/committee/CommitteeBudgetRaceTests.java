package fr.apec.novapec.committee;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.Races;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Fifty committee pages recorded at the same instant, each selecting a distinct application of the same round
 * (45 000 € each, 2 250 000 € in all, from a year of 1 000 000 €): the year's row, locked by the budget module in
 * each page's transaction, lets exactly the 22 that fit through; the others come back with the over-budget message
 * and nothing saved; never a 500. Run once here (fifty applications in review take a while to make): the budget
 * module's AwardsWithinBudgetTests repeats the same race twenty times at the service level.
 */
@IntegrationTest
class CommitteeBudgetRaceTests {

	static final int PAGES = 50;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApplications test;

	@Autowired
	SelectionService selection;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiftyConcurrentCommitteeDecisionsNeverTakeTheYearPastItsBudget() throws Exception {
		int year = 2010;
		long round = CommitteeTestRounds.roundWithBudget(this.selection, this.jdbc, year, "1000000");
		List<long[]> applications = new ArrayList<>();
		for (int i = 0; i < PAGES; i++) {
			TestApplications.Draft draft = this.test.newInReviewIn("Course " + i, round, "emploi", "53");
			applications.add(new long[] { draft.id(), ((Number) this.test.row(draft.id()).get("version")).longValue() });
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(PAGES);
		List<MockHttpServletResponse> responses = new ArrayList<>();
		try {
			List<Future<MockHttpServletResponse>> outcomes = new ArrayList<>();
			for (long[] application : applications) {
				outcomes.add(pool.submit(() -> {
					Races.await(start);
					return this.mvc.perform(post("/gestion/sessions/" + round + "/comite")
						.with(user(IntegrationTest.ADMIN_EMAIL).roles("ADMIN"))
						.with(csrf())
						.param("action", "enregistrer")
						.param("rows[0].applicationId", String.valueOf(application[0]))
						.param("rows[0].version", String.valueOf(application[1]))
						.param("rows[0].decision", "SELECTED")
						.param("rows[0].amount", "45000"))
						.andReturn()
						.getResponse();
				}));
			}
			start.countDown();
			for (Future<MockHttpServletResponse> outcome : outcomes) {
				responses.add(outcome.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		long recorded = responses.stream().filter((response) -> response.getStatus() == 302).count();
		List<MockHttpServletResponse> refused = responses.stream().filter((response) -> response.getStatus() != 302).toList();
		assertThat(recorded).isEqualTo(22);
		assertThat(refused).hasSize(PAGES - 22).allSatisfy((response) -> {
			assertThat(response.getStatus()).isEqualTo(200);
			// 22 × 45 000 = 990 000: 10 000 € remain, 35 000 € are missing for a 23rd.
			assertThat(response.getContentAsString()).contains("Il manque 35\u202f000\u00a0€ sur le budget 2010");
		});
		BigDecimal awarded = this.jdbc.sql("select coalesce(sum(amount), 0) from award where year = ?")
			.param(year)
			.query(BigDecimal.class)
			.single();
		assertThat(awarded).isEqualByComparingTo("990000");
		assertThat(this.jdbc.sql("select count(*) from grant_application where round_id = ? and status = 'SELECTED'")
			.param(round)
			.query(Long.class)
			.single()).isEqualTo(22);
	}

}
