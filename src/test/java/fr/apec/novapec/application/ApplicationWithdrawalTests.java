package fr.apec.novapec.application;

import java.util.List;
import java.util.Map;

import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Withdrawal: confirmed on a page of its own, allowed from a draft, a submitted or a returned application
 * with the reason kept in the history; refused with a message, and nothing changed, from any other state.
 */
@IntegrationTest
class ApplicationWithdrawalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	ApplicationTransitions transitions;

	@Autowired
	TestApplications test;

	@Test
	void theOverviewOffersTheWithdrawalBehindAConfirmationPage() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Projet à retirer");
		String base = "/espace/candidatures/" + draft.id();
		assertThat(page(get(base), draft)).contains("href=\"" + base + "/retirer\"");
		String confirmation = page(get(base + "/retirer"), draft);
		assertThat(confirmation).contains("Retirer cette candidature ?")
			.contains("<label for=\"reason\">Motif du retrait (facultatif)</label>")
			.contains("action=\"" + base + "/retirer\"")
			.doesNotContain("onclick");
		assertThat(this.test.row(draft.id())).containsEntry("status", "DRAFT");
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, names = { "DRAFT", "SUBMITTED", "RETURNED" })
	void anApplicationIsWithdrawnFromEachAllowedStateWithTheReasonInItsHistory(ApplicationStatus state)
			throws Exception {
		TestApplications.Draft draft = inState(state);
		int before = this.applications.history(draft.id(), as(draft.member())).size();
		this.mvc.perform(post("/espace/candidatures/" + draft.id() + "/retirer")
			.with(user(draft.member()).roles("APPLICANT"))
			.with(csrf())
			.param("reason", "  Le projet est financé par ailleurs.  "))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/espace/candidatures/" + draft.id()))
			.andExpect(flash().attribute("notice", "La candidature a été retirée."));
		assertThat(this.test.row(draft.id())).containsEntry("status", "WITHDRAWN");
		List<StatusChange> history = this.applications.history(draft.id(), as(draft.member()));
		assertThat(history).hasSize(before + 1);
		StatusChange last = history.get(history.size() - 1);
		assertThat(last.from()).isEqualTo(state);
		assertThat(last.to()).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(last.reason()).isEqualTo("Le projet est financé par ailleurs.");
		assertThat(last.changedBy()).isEqualTo("Membre");
		assertThat(page(get("/espace/candidatures/" + draft.id()), draft))
			.doesNotContain("/retirer\"")
			.contains("Le projet est financé par ailleurs.");
	}

	@Test
	void aWithdrawalWithoutReasonKeepsNoReason() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Projet sans motif");
		this.mvc.perform(post("/espace/candidatures/" + draft.id() + "/retirer")
			.with(user(draft.member()).roles("APPLICANT"))
			.with(csrf())
			.param("reason", "   ")).andExpect(status().is3xxRedirection());
		List<StatusChange> history = this.applications.history(draft.id(), as(draft.member()));
		assertThat(history.get(history.size() - 1).to()).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(history.get(history.size() - 1).reason()).isNull();
	}

	@Test
	void aTooLongReasonIsRefusedBesideItsFieldWithWhatWasTypedAndNothingChanges() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Projet bavard");
		String reason = "x".repeat(1001);
		String page = HtmlUtils.htmlUnescape(this.mvc.perform(post("/espace/candidatures/" + draft.id() + "/retirer")
			.with(user(draft.member()).roles("APPLICANT"))
			.with(csrf())
			.param("reason", reason))
			.andExpect(status().isOk())
			.andExpect(view().name("application/retirer"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page).contains("role=\"alert\"").contains("Le motif ne doit pas dépasser 1 000 caractères.")
			.contains(reason);
		assertThat(this.test.row(draft.id())).containsEntry("status", "DRAFT");
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, names = { "IN_REVIEW", "SELECTED", "REJECTED", "WITHDRAWN" })
	void aWithdrawalIsRefusedFromEveryOtherStateWithAMessageAndNothingChanges(ApplicationStatus state)
			throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Projet avancé");
		this.test.reach(draft, state);
		Map<String, Object> before = this.test.row(draft.id());
		int history = this.applications.history(draft.id(), as(draft.member())).size();
		String base = "/espace/candidatures/" + draft.id();

		this.mvc.perform(get(base + "/retirer").with(user(draft.member()).roles("APPLICANT")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("alert", containsString("ne peut plus être retirée")));
		this.mvc.perform(post(base + "/retirer").with(user(draft.member()).roles("APPLICANT"))
			.with(csrf())
			.param("reason", "Trop tard"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("alert", containsString("ne peut plus être retirée")));

		assertThat(this.test.row(draft.id())).isEqualTo(before);
		assertThat(this.applications.history(draft.id(), as(draft.member()))).hasSize(history);
		assertThat(page(get(base), draft)).doesNotContain("/retirer\"");
		org.assertj.core.api.Assertions.assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> this.transitions.withdraw(draft.id(), as(draft.member()), "Trop tard"));
		assertThat(this.test.row(draft.id())).isEqualTo(before);
	}

	private TestApplications.Draft inState(ApplicationStatus state) {
		if (state == ApplicationStatus.DRAFT) {
			return this.test.newDraft("Projet brouillon");
		}
		TestApplications.Draft draft = this.test.newSubmitted("Projet " + state);
		if (state == ApplicationStatus.RETURNED) {
			this.test.returnForChanges(draft, "Précisez le budget.");
		}
		return draft;
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			TestApplications.Draft draft) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.perform(request.with(user(draft.member()).roles("APPLICANT")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
