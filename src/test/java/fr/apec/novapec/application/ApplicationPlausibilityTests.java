package fr.apec.novapec.application;

import java.time.LocalDate;

import fr.apec.novapec.shared.Formats;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.SignedIn;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Budgets and dates that cannot be right are refused: at the budget step, beside the field, a total budget
 * or an amount requested of 0 and an amount requested that with the co-funders exceeds the total (nothing
 * of the step saved, what was typed kept); the organisation's own share is shown under the co-funders; at
 * the submission, a start date before that day, and a budget saved before these rules, block it, and the
 * review never calls such an application ready.
 */
@IntegrationTest
class ApplicationPlausibilityTests {

	private static final String READY = "Votre candidature est prête à être déposée";

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	ApplicationDrafting drafting;

	@Autowired
	ApplicationSubmissions submissions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestApplications test;

	static RequestPostProcessor as(String email) {
		return user(email).roles("APPLICANT");
	}

	String base(TestApplications.Draft draft) {
		return "/espace/candidatures/" + draft.id();
	}

	/** The page answered to a POST of the budget step, unescaped, after checking that it is shown again (200). */
	String postBudget(TestApplications.Draft draft, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post(base(draft) + "/budget").with(as(draft.member())).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return HtmlUtils.htmlUnescape(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	String page(TestApplications.Draft draft, String path) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.perform(get(base(draft) + path).with(as(draft.member())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** The error paragraph beside a field, as the input fragment writes it. */
	static String besideField(String field, String message) {
		return "<p class=\"field-error\" id=\"" + field + "-error\">" + message + "</p>";
	}

	// At the budget step

	@Test
	void aTotalBudgetOfZeroIsRefusedBesideItsFieldAndNothingIsSaved() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Budget nul");
		String page = postBudget(draft, "totalBudget", "0", "requestedAmount", "0");
		assertThat(page).contains(besideField("totalBudget", "Le budget total du projet doit être supérieur à 0 €."))
			.contains(besideField("requestedAmount", "Le montant demandé doit être supérieur à 0 €."))
			.contains("aria-describedby=\"totalBudget-hint totalBudget-error\"")
			.contains("class=\"error-summary\"");
		assertThat(this.test.row(draft.id())).containsEntry("total_budget", null).containsEntry("requested_amount", null);
	}

	@Test
	void anAmountRequestedOfZeroIsRefusedBesideItsFieldWithWhatWasTyped() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Demande nulle");
		String page = postBudget(draft, "totalBudget", "120 000", "requestedAmount", "0,00");
		assertThat(page).contains(besideField("requestedAmount", "Le montant demandé doit être supérieur à 0 €."))
			.doesNotContain("id=\"totalBudget-error\"")
			.contains("value=\"120 000\"")
			.contains("value=\"0,00\"");
		assertThat(this.test.row(draft.id())).containsEntry("total_budget", null);
	}

	@Test
	void anAmountRequestedThatWithTheCoFundersExceedsTheTotalIsRefusedBesideIt() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Trop financé");
		String page = postBudget(draft, "totalBudget", "120 000", "requestedAmount", "100 000",
				"coFunders[0].name", "Région Occitanie", "coFunders[0].amount", "30 000", "coFunders[1].name",
				"Fondation de France", "coFunders[1].amount", "10 000");
		assertThat(page).contains(besideField("requestedAmount",
				"Avec les cofinancements, le montant demandé porte le financement à 140\u202F000 €, au-delà du budget total du projet (120\u202F000 €) : réduisez le montant demandé ou les cofinancements, ou corrigez le budget total."))
			.contains("value=\"Région Occitanie\"")
			.doesNotContain("Part financée par l'organisation");
		assertThat(this.test.row(draft.id())).containsEntry("total_budget", null);
		assertThat(this.jdbc.sql("select count(*) from co_funder where application_id = ?").param(draft.id())
			.query(Long.class).single()).isZero();
	}

	@Test
	void anAmountRequestedAndCoFundersThatMakeExactlyTheTotalAreSaved() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Juste assez");
		this.mvc.perform(post(base(draft) + "/budget").with(as(draft.member())).with(csrf())
				.param("totalBudget", "120 000").param("requestedAmount", "90 000")
				.param("coFunders[0].name", "Région Occitanie").param("coFunders[0].amount", "30 000"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.applications.draft(draft.id(), SignedIn.as(draft.member())).ownShare()).isZero();
	}

	@Test
	void theOrganisationsOwnShareIsComputedUnderTheCoFundersTable() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Part propre");
		this.mvc.perform(post(base(draft) + "/budget").with(as(draft.member())).with(csrf())
				.param("totalBudget", "120 000").param("requestedAmount", "45 000")
				.param("coFunders[0].name", "Région Occitanie").param("coFunders[0].amount", "30 000,50"))
			.andExpect(status().is3xxRedirection());
		String page = page(draft, "/budget");
		String share = "Part financée par l'organisation elle-même (budget total moins le montant demandé et les cofinancements) : 44\u202F999,50\u00A0€";
		assertThat(page).contains(share);
		assertThat(page.indexOf(share)).isGreaterThan(page.lastIndexOf("id=\"co-funder-4\""));
		// Shown again from what was typed when another field of the step is refused.
		String refused = postBudget(draft, "totalBudget", "100 000", "requestedAmount", "40 000",
				"coFunders[0].name", "", "coFunders[0].amount", "10 000");
		assertThat(refused).contains("Indiquez le nom de ce cofinanceur.")
			.contains("(budget total moins le montant demandé et les cofinancements) : 50\u202F000\u00A0€");
	}

	// At the submission

	@Test
	void aStartDateBeforeTheDayOfSubmissionBlocksItAndTheReviewDoesNotSayReady() throws Exception {
		TestApplications.Draft draft = this.test.newCompleteDraft("Commencé en 2020");
		this.jdbc.sql("update grant_application set start_date = date '2020-03-01' where id = ?").param(draft.id()).update();
		assertThat(this.submissions.review(draft.id(), SignedIn.as(draft.member())).blockers()).containsExactly(
				new Blocker(Blocker.Fix.STEP, Section.SCHEDULE, "application.implausible.startDateBeforeSubmission", null));
		String review = page(draft, "/verification");
		assertThat(review).doesNotContain(READY)
			.contains("la date de début est passée : le projet ne peut pas commencer avant le jour du dépôt")
			.contains("href=\"" + base(draft) + "/beneficiaires-et-calendrier\"");
		this.mvc.perform(post(base(draft) + "/deposer").with(as(draft.member())).with(csrf()))
			.andExpect(status().isOk());
		assertThat(this.test.row(draft.id())).containsEntry("status", "DRAFT").containsEntry("submitted_at", null);

		// Starting on the day of submission itself is plausible.
		this.jdbc.sql("update grant_application set start_date = ? where id = ?")
			.params(LocalDate.now(Formats.PARIS), draft.id())
			.update();
		assertThat(this.submissions.review(draft.id(), SignedIn.as(draft.member())).blockers()).isEmpty();
	}

	@Test
	void aBudgetSavedBeforeTheseRulesBlocksTheSubmissionAndTheReviewDoesNotSayReady() throws Exception {
		TestApplications.Draft draft = this.test.newCompleteDraft("Budget ancien");
		this.jdbc.sql("update grant_application set total_budget = 120000, requested_amount = 100000 where id = ?")
			.param(draft.id())
			.update();
		this.jdbc.sql("insert into co_funder (application_id, position, name, amount) values (?, 1, 'Région', 40000)")
			.param(draft.id())
			.update();
		assertThat(this.submissions.review(draft.id(), SignedIn.as(draft.member())).blockers()).extracting(Blocker::messageKey)
			.containsExactly("application.implausible.overFunded");
		assertThat(page(draft, "/verification")).doesNotContain(READY)
			.contains("le montant demandé et les cofinancements dépassent ensemble le budget total");

		this.jdbc.sql("update grant_application set total_budget = 0, requested_amount = 0 where id = ?")
			.param(draft.id())
			.update();
		this.jdbc.sql("delete from co_funder where application_id = ?").param(draft.id()).update();
		assertThat(this.submissions.review(draft.id(), SignedIn.as(draft.member())).blockers()).extracting(Blocker::messageKey)
			.containsExactly("application.implausible.totalBudget", "application.implausible.requestedAmount");
		this.mvc.perform(post(base(draft) + "/deposer").with(as(draft.member())).with(csrf()))
			.andExpect(status().isOk());
		assertThat(this.test.row(draft.id())).containsEntry("status", "DRAFT");
	}

}
