package fr.apec.novapec.application;

import java.util.Map;

import fr.apec.novapec.application.web.Step;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Once an application can no longer change (submitted, in review, decided, withdrawn), each of its steps
 * shows what it says as text, as the review step and the PDF do, with no field to type in and no button;
 * a POST to a step is still refused and changes nothing. A draft's steps keep their forms.
 */
@IntegrationTest
class ApplicationReadOnlyStepsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	ApplicationSubmissions submissions;

	@Autowired
	TestApplications test;

	@Test
	void everyStepOfASubmittedApplicationShowsItsValuesAsTextWithoutAnyField() throws Exception {
		TestApplications.Draft draft = this.test.newCompleteDraftWithEverything("Projet déposé en lecture");
		this.submissions.submit(draft.id(), as(draft.member()), true);

		Map<Step, String> values = Map.of(Step.PROJECT, "Un résumé du projet.", Step.THEMES,
				"Cadres, Jeunes diplômés", Step.TERRITORIES, "Occitanie (cheffe de file)", Step.SCHEDULE,
				"1 mars 2027", Step.BUDGET, "Fondation régionale 30 000,50 €", Step.INDICATORS, "Cadres accompagnés 40",
				Step.PARTNERS, "Mission locale de Montpellier", Step.DOCUMENTS, "statutes.pdf");
		for (Step step : Step.values()) {
			Document page = step(draft, step);
			Element main = page.selectFirst("main");
			assertThat(main.select("input, textarea, select, button")).as(step.slug()).isEmpty();
			assertThat(main.select("form")).as(step.slug()).isEmpty();
			assertThat(main.selectFirst("h1").text()).as(step.slug()).isEqualTo(main.selectFirst("section.recap-section h2").text());
			assertThat(main.select("section.recap-section")).as(step.slug()).hasSize(1);
			assertThat(main.select("a.recap-edit")).as(step.slug()).isEmpty();
			assertThat(Text.plainSpaces(main.text()).replaceAll("\\s+", " ")).as(step.slug())
				.contains("Cette candidature n'est plus modifiable")
				.contains(values.get(step));
		}
	}

	@Test
	void aPostToAStepOfASubmittedApplicationIsStillRefusedAndChangesNothing() throws Exception {
		TestApplications.Draft draft = this.test.newSubmitted("Projet déposé intouchable");
		Map<String, Object> before = this.test.row(draft.id());
		this.mvc.perform(post("/espace/candidatures/" + draft.id() + "/projet")
			.with(user(draft.member()).roles("APPLICANT"))
			.with(csrf())
			.param("title", "Changé après dépôt")
			.param("summary", "Changé")
			.param("description", "Changée"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/espace/candidatures/" + draft.id()))
			.andExpect(flash().attributeExists("alert"));
		this.mvc.perform(post("/espace/candidatures/" + draft.id() + "/budget")
			.with(user(draft.member()).roles("APPLICANT"))
			.with(csrf())
			.header("HX-Request", "true")
			.param("totalBudget", "1")
			.param("requestedAmount", "1")).andExpect(status().isOk());
		assertThat(this.test.row(draft.id())).isEqualTo(before);
	}

	@Test
	void theStepsOfADraftAndOfAReturnedApplicationKeepTheirForms() throws Exception {
		TestApplications.Draft draft = this.test.newSubmitted("Projet renvoyé modifiable");
		this.test.returnForChanges(draft, "Précisez le budget.");
		Element main = step(draft, Step.PROJECT).selectFirst("main");
		assertThat(main.getElementById("summary").tagName()).isEqualTo("textarea");
		assertThat(main.getElementById("summary").text()).isEqualTo("Un résumé du projet.");
		assertThat(main.select("section.recap-section")).isEmpty();
		assertThat(step(this.test.newDraft("Brouillon modifiable"), Step.BUDGET).getElementById("totalBudget"))
			.isNotNull();
	}

	@Test
	void theReadOnlyStepsOfAnotherOrganisationsApplicationAre404() throws Exception {
		TestApplications.Draft a = this.test.newSubmitted("Projet déposé de A");
		TestApplications.Draft b = this.test.newDraft("Projet de B");
		for (Step step : Step.values()) {
			this.mvc.perform(get("/espace/candidatures/" + a.id() + "/" + step.slug())
				.with(user(b.member()).roles("APPLICANT"))).andExpect(status().isNotFound());
		}
	}

	private Document step(TestApplications.Draft draft, Step step) throws Exception {
		return Jsoup.parse(this.mvc
			.perform(get("/espace/candidatures/" + draft.id() + "/" + step.slug())
				.with(user(draft.member()).roles("APPLICANT")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
