package fr.apec.novapec.application;

import java.util.Map;

import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Only a draft, or an application returned for changes, can be edited; whatever else a request posts
 * (state, awarded amount, organisation, round, call) is never bound.
 */
@IntegrationTest
class ApplicationEditingRulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	ApplicationDrafting drafting;

	@Autowired
	TestApplications test;

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, names = { "SUBMITTED", "IN_REVIEW", "SELECTED", "REJECTED", "WITHDRAWN" })
	void anApplicationPastTheDraftCannotBeEditedAndNothingChanges(ApplicationStatus state) throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Déposée");
		this.test.reach(draft, state);
		Map<String, Object> before = this.test.row(draft.id());
		String base = "/espace/candidatures/" + draft.id();
		String[][] steps = { { "projet", "title", "Changé" }, { "themes-et-publics", "publics", "cadres" },
				{ "territoires", "regions", "11" }, { "beneficiaires-et-calendrier", "durationMonths", "12" },
				{ "budget", "totalBudget", "1000" } };
		for (String[] step : steps) {
			this.mvc.perform(post(base + "/" + step[0]).with(user(draft.member()).roles("APPLICANT"))
					.with(csrf())
					.param(step[1], step[2]))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl(base))
				.andExpect(flash().attribute("alert", containsString("plus modifiable")));
		}
		assertThat(this.test.row(draft.id())).isEqualTo(before);
		ApplicationDraft after = this.applications.draft(draft.id(), as(draft.member()));
		// As submitted: the two publics and the one region of TestApplications.fillAllSteps, not "cadres" alone or "11"
		assertThat(after.publics()).containsExactly("cadres", "jeunes-diplomes");
		assertThat(after.regions()).containsExactly("76");
		// The pages still show what it says, without a button to save.
		this.mvc.perform(get(base + "/projet").with(user(draft.member()).roles("APPLICANT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("plus modifiable")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Enregistrer cette étape"))));
	}

	@Test
	void theServiceRefusesToEditASubmittedApplication() {
		TestApplications.Draft draft = this.test.newDraft("Déposée au service");
		this.test.reach(draft, ApplicationStatus.SUBMITTED);
		assertThatExceptionOfType(ApplicationNotEditableException.class).isThrownBy(() -> this.drafting
			.save(draft.id(), as(draft.member()), new DraftParts.Project("Changé", null, null)));
		assertThat(this.test.row(draft.id())).containsEntry("title", "Déposée au service");
	}

	@Test
	void aReturnedApplicationCanBeEditedAgain() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Renvoyée");
		this.test.reach(draft, ApplicationStatus.RETURNED);
		this.mvc.perform(post("/espace/candidatures/" + draft.id() + "/projet")
				.with(user(draft.member()).roles("APPLICANT"))
				.with(csrf())
				.param("title", "Renvoyée puis corrigée"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "Enregistré."));
		assertThat(this.test.row(draft.id())).containsEntry("title", "Renvoyée puis corrigée");
	}

	@Test
	void extraPostedFieldsAreIgnored() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Champs en trop");
		TestApplications.Draft other = this.test.newDraft("Autre organisation");
		Map<String, Object> before = this.test.row(draft.id());
		String[] steps = { "projet", "themes-et-publics", "territoires", "beneficiaires-et-calendrier", "budget" };
		for (String step : steps) {
			this.mvc.perform(post("/espace/candidatures/" + draft.id() + "/" + step)
					.with(user(draft.member()).roles("APPLICANT"))
					.with(csrf())
					.param("title", "Champs en trop")
					.param("status", "SELECTED")
					.param("awardedAmount", "100000")
					.param("awarded_amount", "100000")
					.param("organisationId", String.valueOf(other.organisationId()))
					.param("organisation_id", String.valueOf(other.organisationId()))
					.param("roundId", "1")
					.param("callId", "999")
					.param("id", String.valueOf(other.id())))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("notice", "Enregistré."));
		}
		Map<String, Object> after = this.test.row(draft.id());
		assertThat(after).containsEntry("status", "DRAFT")
			.containsEntry("awarded_amount", null)
			.containsEntry("organisation_id", before.get("organisation_id"))
			.containsEntry("round_id", null)
			.containsEntry("call_id", before.get("call_id"));
		assertThat(this.test.row(other.id())).containsEntry("title", "Autre organisation");
		assertThat(this.applications.history(draft.id(), as(draft.member()))).hasSize(1);
	}

}
