package fr.apec.novapec.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.organisation.DocumentRow;
import fr.apec.novapec.organisation.DocumentVaultService;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.SignedIn;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The partners, impact indicators and documents steps: each saves its rows and shows them again, refuses a
 * value that breaks a rule beside its field with what was typed (saving nothing of the step), attaches only
 * documents of the application's own organisation, answers 404 to anyone not a member and refuses to change
 * an application that is no longer editable.
 */
@IntegrationTest
class ApplicationPartnersIndicatorsDocumentsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	ApplicationDrafting drafting;

	@Autowired
	ApplicationSubmissions submissions;

	@Autowired
	DocumentVaultService vault;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestApplications test;

	@Test
	void thePartnersAreSavedAndShownAgain() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Partenaires");
		saved(draft, "partenaires", "partners[0].name", "  Pôle emploi Occitanie ", "partners[0].role",
				"Orientation des candidats", "partners[2].name", "Mission locale");
		assertThat(this.applications.draft(draft.id(), SignedIn.as(draft.member())).partners()).containsExactly(
				new ApplicationDraft.Partner("Pôle emploi Occitanie", "Orientation des candidats"),
				new ApplicationDraft.Partner("Mission locale", null));
		this.mvc.perform(get(base(draft) + "/partenaires").with(as(draft.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(value("Pôle emploi Occitanie"))))
			.andExpect(content().string(containsString(value("Orientation des candidats"))))
			.andExpect(content().string(containsString(value("Mission locale"))));
	}

	@Test
	void aPartnerRowWithoutNameOrTooLongIsRefusedBesideItsFieldWithWhatWasTypedAndNothingSaved() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Partenaires refusés");
		this.drafting.save(draft.id(), SignedIn.as(draft.member()),
				new DraftParts.Partners(List.of(new ApplicationDraft.Partner("Déjà là", null))));
		postStep(draft, "partenaires", "partners[0].name", "Nouveau partenaire", "partners[1].role", "Un rôle sans nom",
				"partners[2].name", "x".repeat(201))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Indiquez le nom de ce partenaire.")))
			.andExpect(content().string(containsString("Le nom du partenaire ne doit pas dépasser 200 caractères.")))
			.andExpect(content().string(containsString("aria-describedby=\"partner-1-name-error\"")))
			.andExpect(content().string(containsString(value("Nouveau partenaire"))))
			.andExpect(content().string(containsString(value("Un rôle sans nom"))))
			.andExpect(content().string(containsString("class=\"error-summary\"")));
		assertThat(this.applications.draft(draft.id(), SignedIn.as(draft.member())).partners())
			.containsExactly(new ApplicationDraft.Partner("Déjà là", null));
	}

	@Test
	void theIndicatorsAreSavedShownAgainAndCompleteTheStep() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Indicateurs");
		assertThat(Section.INDICATORS.missing(this.applications.draft(draft.id(), SignedIn.as(draft.member()))))
			.containsExactly("application.missing.indicators");
		saved(draft, "indicateurs", "indicators[0].label", "Cadres accompagnés", "indicators[0].target", "40",
				"indicators[1].label", "Jeunes diplômés en emploi à 6 mois", "indicators[1].target", " 25 ");
		ApplicationDraft after = this.applications.draft(draft.id(), SignedIn.as(draft.member()));
		assertThat(after.indicators()).containsExactly(new ApplicationDraft.Indicator("Cadres accompagnés", 40),
				new ApplicationDraft.Indicator("Jeunes diplômés en emploi à 6 mois", 25));
		assertThat(Section.INDICATORS.missing(after)).isEmpty();
		this.mvc.perform(get(base(draft) + "/indicateurs").with(as(draft.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(value("Jeunes diplômés en emploi à 6 mois"))))
			.andExpect(content().string(containsString("value=\"25\"")));
	}

	@Test
	void anIndicatorWithoutLabelOrWithATargetNotAboveZeroIsRefusedWithWhatWasTyped() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Indicateurs refusés");
		postStep(draft, "indicateurs", "indicators[0].label", "Cadres accompagnés", "indicators[0].target", "0",
				"indicators[1].target", "12", "indicators[2].label", "Emplois", "indicators[2].target", "beaucoup",
				"indicators[3].label", "Sans cible")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("La cible doit être un nombre entier supérieur à zéro")))
			.andExpect(content().string(containsString("Indiquez le libellé de cet indicateur.")))
			.andExpect(content().string(containsString("Indiquez la cible de cet indicateur.")))
			.andExpect(content().string(containsString("aria-describedby=\"indicator-0-target-error\"")))
			.andExpect(content().string(containsString("value=\"beaucoup\"")))
			.andExpect(content().string(containsString(value("Sans cible"))));
		assertThat(this.applications.draft(draft.id(), SignedIn.as(draft.member())).indicators()).isEmpty();
	}

	@Test
	void theDocumentsStepListsTheVaultAndAttachesTheDocumentsTicked() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Documents");
		this.test.addDocument(draft, DocumentKind.STATUTES, null);
		this.test.addDocument(draft, DocumentKind.BANK_DETAILS, LocalDate.now().minusDays(3));
		List<DocumentRow> rows = this.vault.documents(draft.organisationId(), SignedIn.as(draft.member()));
		long statutes = id(rows, DocumentKind.STATUTES);
		long bank = id(rows, DocumentKind.BANK_DETAILS);
		this.mvc.perform(get(base(draft) + "/documents").with(as(draft.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("statutes.pdf")))
			.andExpect(content().string(containsString("bank_details.pdf")))
			.andExpect(content().string(containsString("expiré")))
			.andExpect(content().string(containsString("Sans limite")))
			.andExpect(content().string(
					containsString("href=\"/espace/organisation/" + draft.organisationId() + "/documents\"")));
		saved(draft, "documents", "documents", String.valueOf(statutes), "documents", String.valueOf(bank));
		assertThat(this.applications.draft(draft.id(), SignedIn.as(draft.member())).documentIds())
			.containsExactlyInAnyOrder(statutes, bank);
		this.mvc.perform(get(base(draft) + "/documents").with(as(draft.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*id=\"document-" + statutes + "\"[^>]*checked.*")));
		// Nothing ticked: nothing attached.
		saved(draft, "documents");
		assertThat(this.applications.draft(draft.id(), SignedIn.as(draft.member())).documentIds()).isEmpty();
	}

	@Test
	void aDocumentOfAnotherOrganisationCannotBeAttachedByAForgedId() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Mes documents");
		TestApplications.Draft other = this.test.newDraft("Documents d'autrui");
		this.test.addDocument(draft, DocumentKind.STATUTES, null);
		this.test.addDocument(other, DocumentKind.STATUTES, null);
		long mine = id(this.vault.documents(draft.organisationId(), SignedIn.as(draft.member())), DocumentKind.STATUTES);
		long theirs = id(this.vault.documents(other.organisationId(), SignedIn.as(other.member())), DocumentKind.STATUTES);
		postStep(draft, "documents", "documents", String.valueOf(mine), "documents", String.valueOf(theirs))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rien n&#39;a été joint")));
		assertThat(this.applications.draft(draft.id(), SignedIn.as(draft.member())).documentIds()).isEmpty();
		// Even through the service, only the organisation's own document is attached.
		this.drafting.save(draft.id(), SignedIn.as(draft.member()), new DraftParts.Documents(List.of(mine, theirs)));
		assertThat(this.applications.draft(draft.id(), SignedIn.as(draft.member())).documentIds()).containsExactly(mine);
		assertThat(this.jdbc.sql("select count(*) from application_document where document_id = :id")
			.param("id", theirs)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aMemberOfAnotherOrganisationGets404OnTheThreeStepsAndNothingChanges() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Secret");
		TestApplications.Draft stranger = this.test.newDraft("Intrus");
		this.test.addDocument(stranger, DocumentKind.STATUTES, null);
		long theirs = id(this.vault.documents(stranger.organisationId(), SignedIn.as(stranger.member())), DocumentKind.STATUTES);
		for (String step : List.of("partenaires", "indicateurs", "documents")) {
			this.mvc.perform(get(base(draft) + "/" + step).with(as(stranger.member())))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("Secret"))));
			for (boolean htmx : new boolean[] { false, true }) {
				MockHttpServletRequestBuilder request = request(draft, step, stranger.member())
					.param("partners[0].name", "Piraté")
					.param("indicators[0].label", "Piraté")
					.param("indicators[0].target", "1")
					.param("documents", String.valueOf(theirs));
				if (htmx) {
					request.header("HX-Request", "true");
				}
				this.mvc.perform(request).andExpect(status().isNotFound());
			}
		}
		ApplicationDraft after = this.applications.draft(draft.id(), SignedIn.as(draft.member()));
		assertThat(after.partners()).isEmpty();
		assertThat(after.indicators()).isEmpty();
		assertThat(after.documentIds()).isEmpty();
	}

	@Test
	void aSubmittedApplicationRefusesTheSavesOfTheThreeSteps() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Plus modifiable");
		this.test.addDocument(draft, DocumentKind.STATUTES, null);
		long mine = id(this.vault.documents(draft.organisationId(), SignedIn.as(draft.member())), DocumentKind.STATUTES);
		this.jdbc.sql("update grant_application set status = 'SUBMITTED' where id = :id").param("id", draft.id()).update();
		Map<String, Object> before = this.test.row(draft.id());
		postStep(draft, "partenaires", "partners[0].name", "Trop tard").andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(base(draft)))
			.andExpect(flash().attributeExists("alert"));
		postStep(draft, "indicateurs", "indicators[0].label", "Trop tard", "indicators[0].target", "3")
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(base(draft)));
		this.mvc.perform(request(draft, "documents", draft.member()).header("HX-Request", "true")
				.param("documents", String.valueOf(mine)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Non enregistré : cette candidature n&#39;est plus modifiable.")));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(ApplicationNotEditableException.class)
			.isThrownBy(() -> this.drafting.save(draft.id(), SignedIn.as(draft.member()),
					new DraftParts.Indicators(List.of(new ApplicationDraft.Indicator("Non", 1)))));
		assertThat(this.test.row(draft.id())).isEqualTo(before);
		ApplicationDraft after = this.applications.draft(draft.id(), SignedIn.as(draft.member()));
		assertThat(after.partners()).isEmpty();
		assertThat(after.indicators()).isEmpty();
		assertThat(after.documentIds()).isEmpty();
	}

	@Test
	void anAutosaveOfEachStepAnswersTheTimeOfTheSave() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Autosave des étapes");
		this.test.addDocument(draft, DocumentKind.STATUTES, null);
		long mine = id(this.vault.documents(draft.organisationId(), SignedIn.as(draft.member())), DocumentKind.STATUTES);
		String[][] steps = { { "partenaires", "partners[0].name", "Mission locale" },
				{ "indicateurs", "indicators[0].label", "Cadres accompagnés", "indicators[0].target", "40" },
				{ "documents", "documents", String.valueOf(mine) } };
		for (String[] step : steps) {
			MockHttpServletRequestBuilder request = request(draft, step[0], draft.member())
				.header("HX-Request", "true");
			for (int i = 1; i < step.length; i += 2) {
				request.param(step[i], step[i + 1]);
			}
			this.mvc.perform(request)
				.andExpect(status().isOk())
				.andExpect(content().string(matchesPattern("(?s).*Enregistré à \\d{2}:\\d{2}.*")))
				.andExpect(content().string(not(containsString("<html"))));
		}
		ApplicationDraft after = this.applications.draft(draft.id(), SignedIn.as(draft.member()));
		assertThat(after.partners()).extracting(ApplicationDraft.Partner::name).containsExactly("Mission locale");
		assertThat(after.indicators()).containsExactly(new ApplicationDraft.Indicator("Cadres accompagnés", 40));
		assertThat(after.documentIds()).containsExactly(mine);
	}

	@Test
	void theNewStepsAreInTheStepsNavigationBetweenTheBudgetAndTheReview() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Navigation");
		String page = this.mvc.perform(get(base(draft) + "/partenaires").with(as(draft.member())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsSubsequence("5. Budget", "6. Indicateurs d&#39;impact", "7. Partenaires",
				"8. Documents", "9. Vérifier et déposer");
	}

	private static MockHttpServletRequestBuilder request(TestApplications.Draft draft, String step,
			String member) {
		return post("/espace/candidatures/" + draft.id() + "/" + step).with(as(member)).with(csrf());
	}

	private ResultActions postStep(TestApplications.Draft draft, String step, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = request(draft, step, draft.member());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request);
	}

	private void saved(TestApplications.Draft draft, String step, String... fields) throws Exception {
		postStep(draft, step, fields).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(base(draft) + "/" + step))
			.andExpect(flash().attribute("notice", "Enregistré."));
	}

	private static long id(List<DocumentRow> rows, DocumentKind kind) {
		return rows.stream().filter((r) -> r.kind() == kind).findFirst().orElseThrow().id();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String email) {
		return user(email).roles("APPLICANT");
	}

	private static String value(String typed) {
		return "value=\"" + HtmlUtils.htmlEscape(typed) + "\"";
	}

	private static String base(TestApplications.Draft draft) {
		return "/espace/candidatures/" + draft.id();
	}

}
