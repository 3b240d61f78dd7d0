package fr.apec.novapec.committee;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.StatementCounter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The committee's pages over MockMvc against PostgreSQL: who may see and decide, what recording does and refuses
 * (a budget that lacks money, a page older than a decision), and the budget panel's figures and cost.
 */
@IntegrationTest
class CommitteeDecisionsTests {

	static final RequestPostProcessor ADMIN = user(IntegrationTest.ADMIN_EMAIL).roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApplications test;

	@Autowired
	SelectionService selection;

	@Autowired
	CommitteeService committee;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recordingSelectsWithTheAwardRejectsWithItsReasonDefersAndLeavesTheUndecidedInReview() throws Exception {
		long round = CommitteeTestRounds.roundWithBudget(this.selection, this.jdbc, 2001, "100000");
		long next = CommitteeTestRounds.roundWithBudget(this.selection, this.jdbc, 2001, "100000");
		TestApplications.Draft selected = inReview(round, "Retenu");
		TestApplications.Draft rejected = inReview(round, "Rejeté");
		TestApplications.Draft deferred = inReview(round, "Reporté");
		TestApplications.Draft undecided = inReview(round, "Sans décision");
		this.mvc.perform(decisions(round, ADMIN, row(selected, "SELECTED", "30 000", ""),
				row(rejected, "REJECTED", "", "Projet hors du champ de l'appel."), row(deferred, "DEFERRED", "", ""),
				row(undecided, "", "45000", "")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/gestion/sessions/" + round));
		assertThat(this.test.row(selected.id())).containsEntry("status", "SELECTED")
			.containsEntry("awarded_amount", new BigDecimal("30000.00"));
		assertThat(awards(selected.id())).containsExactly(Map.of("year", 2001, "amount", new BigDecimal("30000.00"),
				"theme_code", "emploi", "region_code", "53", "round_id", round));
		assertThat(this.test.row(rejected.id())).containsEntry("status", "REJECTED");
		assertThat(this.jdbc.sql("select reason from application_status_change where application_id = ? and to_status = 'REJECTED'")
			.param(rejected.id())
			.query(String.class)
			.single()).isEqualTo("Projet hors du champ de l'appel.");
		assertThat(this.test.row(deferred.id())).containsEntry("status", "IN_REVIEW").containsEntry("round_id", next);
		assertThat(this.test.row(undecided.id())).containsEntry("status", "IN_REVIEW").containsEntry("round_id", round);
		// Who decided and when is in the audit journal: the two changes of state and the deferral.
		assertThat(this.jdbc.sql("""
				select count(*) from audit_entry
				where application_id = any (:ids) and actor_id = :admin
				  and (detail in ('IN_REVIEW → SELECTED', 'IN_REVIEW → REJECTED') or action = 'ROUND_JOINED')""")
			.param("ids", new Long[] { selected.id(), rejected.id(), deferred.id() })
			.param("admin", as(IntegrationTest.ADMIN_EMAIL).id())
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void anOverBudgetDecisionNamesTheMissingAmountKeepsTheInputsAndSavesNothing() throws Exception {
		long round = CommitteeTestRounds.roundWithBudget(this.selection, this.jdbc, 2002, "50000");
		TestApplications.Draft first = inReview(round, "Premier");
		TestApplications.Draft second = inReview(round, "Second");
		TestApplications.Draft third = inReview(round, "Troisième");
		String html = this.mvc.perform(decisions(round, ADMIN, row(first, "SELECTED", "30000", ""),
				row(second, "SELECTED", "30 000", ""), row(third, "REJECTED", "", "Hors du champ.")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Il manque 10\u202f000\u00a0€ sur le budget 2002");
		assertThat(html).contains("value=\"30 000\"").contains("Hors du champ.");
		for (TestApplications.Draft draft : List.of(first, second, third)) {
			assertThat(this.test.row(draft.id())).containsEntry("status", "IN_REVIEW");
			assertThat(awards(draft.id())).isEmpty();
		}
	}

	@Test
	void aStaleCommitteeFormCannotOverwriteANewerDecision() throws Exception {
		long round = CommitteeTestRounds.roundWithBudget(this.selection, this.jdbc, 2003, "100000");
		TestApplications.Draft draft = inReview(round, "Disputé");
		// Two members of staff open the committee's page on the same version; the first rejects it.
		MockHttpServletRequestBuilder stale = decisions(round, ADMIN, row(draft, "SELECTED", "20000", ""));
		this.mvc.perform(decisions(round, ADMIN, row(draft, "REJECTED", "", "Budget insuffisamment détaillé.")))
			.andExpect(status().is3xxRedirection());
		String html = this.mvc.perform(stale).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Une décision a été enregistrée entre-temps").contains("value=\"20000\"");
		assertThat(this.test.row(draft.id())).containsEntry("status", "REJECTED");
		assertThat(awards(draft.id())).isEmpty();
	}

	@Test
	void aRejectionWithoutReasonOrAnAmountAboveTheRequestIsAnErrorBesideItsField() throws Exception {
		long round = CommitteeTestRounds.roundWithBudget(this.selection, this.jdbc, 2004, "100000");
		TestApplications.Draft rejected = inReview(round, "Sans motif");
		TestApplications.Draft tooMuch = inReview(round, "Trop demandé");
		String html = this.mvc.perform(decisions(round, ADMIN, row(rejected, "REJECTED", "", " "),
				row(tooMuch, "SELECTED", "45 000,01", "")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).containsPattern("id=\"rows\\d.reason-error\"[^>]*>Indiquez le motif du rejet.")
			.containsPattern("id=\"rows\\d.amount-error\"[^>]*>Le montant ne peut pas dépasser le montant demandé \\(45\u202f000\u00a0€\\).")
			.contains("value=\"45 000,01\"");
		assertThat(this.test.row(rejected.id())).containsEntry("status", "IN_REVIEW");
		assertThat(this.test.row(tooMuch.id())).containsEntry("status", "IN_REVIEW");
	}

	@Test
	void aReviewerCanNeitherSeeTheCommitteeNorDecideAndAnApplicantIsRefusedToo() throws Exception {
		long round = CommitteeTestRounds.roundWithBudget(this.selection, this.jdbc, 2005, "100000");
		TestApplications.Draft draft = inReview(round, "Convoité");
		String reviewer = "evaluateur-" + UUID.randomUUID() + "@apec.test";
		this.accounts.createAccount(reviewer, "mot-de-passe-evaluateur", "Évaluateur", EnumSet.of(Role.REVIEWER));
		for (RequestPostProcessor who : List.of(user(reviewer).roles("REVIEWER"),
				user(draft.member()).roles("APPLICANT"))) {
			this.mvc.perform(get("/gestion/sessions/" + round).with(who)).andExpect(status().isForbidden());
			this.mvc.perform(get("/gestion/sessions/" + round + "/comite").with(who)).andExpect(status().isForbidden());
			this.mvc.perform(post("/gestion/sessions/" + round + "/comite/budget").with(who).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(decisions(round, who, row(draft, "SELECTED", "20000", "")))
				.andExpect(status().isForbidden());
		}
		// Past the URL rules, the service refuses a reviewer too.
		long version = ((Number) this.test.row(draft.id()).get("version")).longValue();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> Acting.as(reviewer, "REVIEWER",
				() -> {
					this.committee.record(round, List.of(new DecisionInput(draft.id(), version, Decision.SELECTED,
							new BigDecimal("20000"), null)), as(reviewer));
					return null;
				}));
		assertThat(this.test.row(draft.id())).containsEntry("status", "IN_REVIEW");
		assertThat(awards(draft.id())).isEmpty();
	}

	@Test
	void thePanelSumsTheProposalsByThemeAndRegionAsAHandComputationDoes() throws Exception {
		int year = 2006;
		long round = CommitteeTestRounds.roundWithBudget(this.selection, this.jdbc, year, "200000");
		CommitteeTestRounds.envelope(this.jdbc, year, "THEME", "emploi", "50000");
		CommitteeTestRounds.envelope(this.jdbc, year, "REGION", "53", "100000");
		TestApplications.Draft awarded = this.test.newInReviewIn("Déjà retenu", round, "emploi", "53");
		this.test.decide(awarded, Decision.SELECTED, new BigDecimal("20000"), null);
		TestApplications.Draft jobs = this.test.newInReviewIn("Emploi breton", round, "emploi", "53");
		TestApplications.Draft green = this.test.newInReviewIn("Environnement normand", round, "environnement", "28");
		TestApplications.Draft refused = this.test.newInReviewIn("Rejeté", round, "territoires", "53");
		String html = HtmlUtils.htmlUnescape(this.mvc.perform(panel(round, row(jobs, "SELECTED", "40 000", ""),
				row(green, "SELECTED", "25000,50", ""), row(refused, "REJECTED", "44000", "Non.")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString())
			.replace('\u202f', ' ')
			.replace('\u00a0', ' ');
		// By hand: 20 000 awarded; 40 000 + 25 000,50 proposed; 200 000 − 20 000 − 65 000,50 = 114 999,50 left.
		assertThat(html).contains("data-figure=\"budget\">200 000 €").contains("data-figure=\"awarded\">20 000 €")
			.contains("data-figure=\"proposed\">65 000,50 €").contains("data-figure=\"remaining\">114 999,50 €");
		// Emploi: 20 000 + 40 000 = 60 000 past its 50 000 envelope; environnement 25 000,50 without one.
		assertThat(line(html, "theme", "emploi")).contains("20 000 €", "40 000 €", "60 000 €", "50 000 €",
				"Dépasse l'enveloppe de 10 000 €");
		assertThat(line(html, "theme", "environnement")).contains("0 €", "25 000,50 €", "Sans enveloppe");
		assertThat(line(html, "theme", "territoires")).contains("0 €").doesNotContain("44 000");
		// Bretagne: 60 000 within 100 000; Normandie 25 000,50; no other region has anything.
		assertThat(line(html, "region", "53")).contains("60 000 €", "100 000 €", "Dans l'enveloppe");
		assertThat(line(html, "region", "28")).contains("25 000,50 €");
		assertThat(html.split("data-code=").length - 1).isEqualTo(3 + 2);
	}

	@Test
	void thePanelRunsAFixedNumberOfStatementsWhateverTheNumberOfApplications() throws Exception {
		long round = CommitteeTestRounds.roundWithBudget(this.selection, this.jdbc, 2007, "200000");
		List<String[]> rows = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			rows.add(row(inReview(round, "Compté " + i), "SELECTED", "1000", ""));
		}
		this.mvc.perform(panel(round, rows.get(0))).andExpect(status().isOk());
		StatementCounter.reset();
		this.mvc.perform(panel(round, rows.get(0))).andExpect(status().isOk());
		long one = StatementCounter.count();
		StatementCounter.reset();
		this.mvc.perform(panel(round, rows.toArray(new String[0][]))).andExpect(status().isOk());
		long six = StatementCounter.count();
		assertThat(six).isEqualTo(one);
		assertThat(one).isLessThanOrEqualTo(10);
	}

	@Test
	void theRoundPageShowsItsApplicationsWithTheirStateAndThatItIsClosed() throws Exception {
		long round = CommitteeTestRounds.roundWithBudget(this.selection, this.jdbc, 2008, "100000");
		TestApplications.Draft draft = inReview(round, "Affiché " + UUID.randomUUID());
		String html = this.mvc.perform(get("/gestion/sessions/" + round).with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Clos : la date limite est passée").contains(this.test.row(draft.id()).get("title").toString())
			.contains("En instruction").contains("Non notée").contains("45\u202f000\u00a0€");
		assertThat(this.mvc.perform(get("/gestion/sessions").with(ADMIN)).andReturn().getResponse().getContentAsString())
			.contains("/gestion/sessions/" + round);
	}

	private TestApplications.Draft inReview(long round, String title) {
		return this.test.newInReviewIn(title, round, "emploi", "53");
	}

	/** A row of the committee's form: the application with its current version, then decision, amount, reason. */
	private String[] row(TestApplications.Draft draft, String decision, String amount, String reason) {
		Object version = this.test.row(draft.id()).get("version");
		return new String[] { String.valueOf(draft.id()), version.toString(), decision, amount, reason };
	}

	private static MockHttpServletRequestBuilder decisions(long round, RequestPostProcessor who, String[]... rows) {
		return form(post("/gestion/sessions/" + round + "/comite").param("action", "enregistrer"), rows).with(who)
			.with(csrf());
	}

	private static MockHttpServletRequestBuilder panel(long round, String[]... rows) {
		return form(post("/gestion/sessions/" + round + "/comite/budget").header("HX-Request", "true"), rows)
			.with(ADMIN)
			.with(csrf());
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String[]... rows) {
		for (int i = 0; i < rows.length; i++) {
			String prefix = "rows[" + i + "].";
			request.param(prefix + "applicationId", rows[i][0])
				.param(prefix + "version", rows[i][1])
				.param(prefix + "decision", rows[i][2])
				.param(prefix + "amount", rows[i][3])
				.param(prefix + "reason", rows[i][4]);
		}
		return request;
	}

	private List<Map<String, Object>> awards(long applicationId) {
		return this.jdbc.sql("select year, amount, theme_code, region_code, round_id from award where application_id = ?")
			.param(applicationId)
			.query()
			.listOfRows();
	}

	/** The row of the panel's table of this part (theme or region) for this code. */
	private static String line(String html, String part, String code) {
		String table = html.substring(html.indexOf("data-lines=\"" + part + "\""));
		table = table.substring(0, table.indexOf("</table>"));
		int start = table.indexOf("data-code=\"" + code + "\"");
		assertThat(start).as(part + " " + code).isNotNegative();
		return table.substring(start, table.indexOf("</tr>", start));
	}

}
