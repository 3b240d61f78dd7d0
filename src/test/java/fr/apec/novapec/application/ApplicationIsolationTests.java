package fr.apec.novapec.application;

import java.util.List;
import java.util.Map;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member of organisation B can neither see nor change organisation A's application: every address that
 * names it answers 404, exactly like an id that does not exist, and nothing changes.
 */
@IntegrationTest
class ApplicationIsolationTests {

	static final List<String> STEPS = List.of("projet", "themes-et-publics", "territoires",
			"beneficiaires-et-calendrier", "budget", "indicateurs", "partenaires", "documents");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationService applications;

	@Autowired
	AccountService accounts;

	@Autowired
	OrganisationService organisations;

	@Autowired
	JdbcClient jdbc;

	TestApplications.Draft a;

	TestApplications.Draft b;

	TestApplications test;

	@BeforeEach
	void twoOrganisations() {
		this.test = new TestApplications(this.accounts, this.organisations, this.applications, this.jdbc);
		this.a = this.test.newDraft("Projet secret de A");
		this.b = this.test.newDraft("Projet de B");
	}

	@Test
	void memberOfAnotherOrganisationGets404OnEveryPageOfTheApplication() throws Exception {
		long missing = Long.MAX_VALUE - 1;
		for (String path : paths(this.a.id())) {
			this.mvc.perform(get(path).with(user(this.b.member()).roles("APPLICANT")))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("Projet secret de A"))));
		}
		for (String path : paths(missing)) {
			this.mvc.perform(get(path).with(user(this.b.member()).roles("APPLICANT"))).andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/espace/candidatures/99999999999999999999999").with(user(this.b.member()).roles("APPLICANT")))
			.andExpect(status().isNotFound());
	}

	@Test
	void memberOfAnotherOrganisationGets404OnEverySaveAndNothingChanges() throws Exception {
		Map<String, Object> before = this.test.row(this.a.id());
		for (String step : STEPS) {
			this.mvc.perform(post("/espace/candidatures/" + this.a.id() + "/" + step)
				.with(user(this.b.member()).roles("APPLICANT"))
				.with(csrf())
				.param("title", "Piraté")
				.param("summary", "Piraté")
				.param("theme", "emploi")
				.param("publics", "cadres")
				.param("regions", "11")
				.param("leadRegion", "11")
				.param("plannedCadres", "10")
				.param("durationMonths", "12")
				.param("totalBudget", "1000")
				.param("requestedAmount", "10")).andExpect(status().isNotFound());
		}
		assertThat(this.test.row(this.a.id())).isEqualTo(before);
		ApplicationDraft draft = this.applications.draft(this.a.id(), this.a.member());
		assertThat(draft.publics()).isEmpty();
		assertThat(draft.regions()).isEmpty();
		assertThat(draft.coFunders()).isEmpty();
	}

	@Test
	void theDashboardListsOnlyTheMembersOwnApplications() throws Exception {
		this.mvc.perform(get("/espace/candidatures").with(user(this.b.member()).roles("APPLICANT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Projet de B")))
			.andExpect(content().string(not(containsString("Projet secret de A"))));
	}

	@Test
	void theServiceAnswersNotFoundToAnotherOrganisationsMember() {
		org.assertj.core.api.Assertions.assertThatExceptionOfType(ApplicationNotFoundException.class)
			.isThrownBy(() -> this.applications.draft(this.a.id(), this.b.member()));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(ApplicationNotFoundException.class)
			.isThrownBy(() -> this.applications.history(this.a.id(), this.b.member()));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(ApplicationNotFoundException.class)
			.isThrownBy(() -> this.applications.createDraft(this.b.member(), this.a.organisationId(), "Intrus"));
	}

	private static List<String> paths(long id) {
		String base = "/espace/candidatures/" + id;
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(base), STEPS.stream().map((s) -> base + "/" + s))
			.toList();
	}

}
