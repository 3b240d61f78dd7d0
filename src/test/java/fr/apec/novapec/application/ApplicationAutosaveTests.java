package fr.apec.novapec.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Autosave: htmx posts a step to its own URL and gets a status fragment instead of the redirect ("Enregistré
 * à 14:32", what breaks a rule, or that the application can no longer change); the step is saved whole or
 * not at all, the last of two saves wins, and only members reach it. Without htmx the POST still redirects.
 */
@IntegrationTest
class ApplicationAutosaveTests {

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

	@Test
	void anAutosaveOfTheProjectStepSavesItAndAnswersTheTimeOfTheSave() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Autosave");
		this.mvc.perform(htmx(draft, "projet").param("title", "Autosave")
				.param("summary", "Un résumé tapé au fil de l'eau.")
				.param("description", "Une description."))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*Enregistré à \\d{2}:\\d{2}.*")))
			.andExpect(content().string(not(containsString("<html"))));
		ApplicationDraft saved = this.applications.draft(draft.id(), as(draft.member()));
		assertThat(saved.summary()).isEqualTo("Un résumé tapé au fil de l'eau.");
		assertThat(saved.description()).isEqualTo("Une description.");
	}

	@Test
	void theStatusFragmentIsALiveRegionOnTheStepPage() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Région vivante");
		this.mvc.perform(get("/espace/candidatures/" + draft.id() + "/projet")
				.with(user(draft.member()).roles("APPLICANT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"autosave-status\"")))
			.andExpect(content().string(containsString("role=\"status\" aria-live=\"polite\"")))
			.andExpect(content().string(containsString("data-hx-post=\"/espace/candidatures/" + draft.id() + "/projet\"")));
	}

	@Test
	void anAutosaveThatBreaksARuleSaysWhatAndSavesNothingOfTheStep() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Budget refusé");
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Budget(new BigDecimal("120000.00"),
				new BigDecimal("45000.00"), List.of(new ApplicationDraft.CoFunder("Région", new BigDecimal("10000.00")))));
		Map<String, Object> before = this.test.row(draft.id());
		this.mvc.perform(htmx(draft, "budget").param("totalBudget", "1 000")
				.param("requestedAmount", "5 000")
				.param("coFunders[0].name", "Autre financeur")
				.param("coFunders[0].amount", "500"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Non enregistré : rien de cette étape")))
			.andExpect(content().string(
					containsString("Le montant demandé ne peut pas dépasser le budget total du projet.")))
			.andExpect(content().string(not(containsString("Enregistré à"))));
		assertThat(this.test.row(draft.id())).isEqualTo(before);
		ApplicationDraft after = this.applications.draft(draft.id(), as(draft.member()));
		assertThat(after.coFunders()).extracting(ApplicationDraft.CoFunder::name).containsExactly("Région");
	}

	@Test
	void anAutosaveOfASubmittedApplicationSaysItCanNoLongerChangeAndChangesNothing() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Déjà déposée");
		this.jdbc.sql("update grant_application set status = 'SUBMITTED' where id = :id").param("id", draft.id()).update();
		Map<String, Object> before = this.test.row(draft.id());
		this.mvc.perform(htmx(draft, "projet").param("title", "Changé").param("summary", "Changé"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Non enregistré : cette candidature n&#39;est plus modifiable.")))
			.andExpect(content().string(not(containsString("Enregistré à"))));
		this.mvc.perform(htmx(draft, "territoires").param("regions", "76").param("leadRegion", "76"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Non enregistré : cette candidature n&#39;est plus modifiable.")));
		assertThat(this.test.row(draft.id())).isEqualTo(before);
		assertThat(this.applications.draft(draft.id(), as(draft.member())).regions()).isEmpty();
	}

	@Test
	void twoTabsSavingTheSameStepLeaveTheLastValues() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Deux onglets");
		// The first tab saves its project step, then the second tab saves the same step with other values.
		this.mvc.perform(htmx(draft, "projet").param("title", "Deux onglets")
				.param("summary", "Résumé du premier onglet")
				.param("description", "Description du premier onglet"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enregistré à")));
		this.mvc.perform(htmx(draft, "projet").param("title", "Deux onglets, second")
				.param("summary", "Résumé du second onglet")
				.param("description", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enregistré à")));
		ApplicationDraft after = this.applications.draft(draft.id(), as(draft.member()));
		assertThat(after.title()).isEqualTo("Deux onglets, second");
		assertThat(after.summary()).isEqualTo("Résumé du second onglet");
		assertThat(after.description()).isNull();
		// Another step saved from the first tab leaves the project step as the second tab wrote it.
		this.mvc.perform(htmx(draft, "territoires").param("regions", "76").param("leadRegion", "76"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enregistré à")));
		after = this.applications.draft(draft.id(), as(draft.member()));
		assertThat(after.summary()).isEqualTo("Résumé du second onglet");
		assertThat(after.regions()).containsExactly("76");
	}

	@Test
	void aMemberOfAnotherOrganisationGets404OnAnAutosave() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Autre organisation");
		String stranger = this.test.organisations().newApplicant("Étranger");
		Map<String, Object> before = this.test.row(draft.id());
		for (String step : List.of("projet", "themes-et-publics", "territoires", "beneficiaires-et-calendrier",
				"budget")) {
			this.mvc.perform(post("/espace/candidatures/" + draft.id() + "/" + step)
					.with(user(stranger).roles("APPLICANT"))
					.with(csrf())
					.header("HX-Request", "true")
					.param("title", "Volé")
					.param("totalBudget", "1"))
				.andExpect(status().isNotFound());
		}
		assertThat(this.test.row(draft.id())).isEqualTo(before);
	}

	@Test
	void withoutHtmxTheStepStillSavesWithPostRedirectGet() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Sans JavaScript");
		String base = "/espace/candidatures/" + draft.id();
		this.mvc.perform(post(base + "/projet").with(user(draft.member()).roles("APPLICANT"))
				.with(csrf())
				.param("title", "Sans JavaScript")
				.param("summary", "Enregistré par le bouton"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(base + "/projet"));
		assertThat(this.applications.draft(draft.id(), as(draft.member())).summary()).isEqualTo("Enregistré par le bouton");
	}

	private MockHttpServletRequestBuilder htmx(TestApplications.Draft draft, String step) {
		return post("/espace/candidatures/" + draft.id() + "/" + step).with(user(draft.member()).roles("APPLICANT"))
			.with(csrf())
			.header("HX-Request", "true");
	}

}
