package fr.apec.novapec.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.SignedIn;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Writing a draft step by step: it is created for the open call, each step saves its own fields and shows
 * them again, and a value that breaks a rule is refused beside its field with what was typed, saving
 * nothing of the step.
 */
@IntegrationTest
class ApplicationDraftTests {

	private static final String NNBSP = "\u202F";

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestApplications test;

	static RequestPostProcessor as(String email) {
		return user(email).roles("APPLICANT");
	}

	/** A field's value as Spring writes it in the page (accents as entities). */
	static String value(String typed) {
		return "value=\"" + HtmlUtils.htmlEscape(typed) + "\"";
	}

	String base(TestApplications.Draft draft) {
		return "/espace/candidatures/" + draft.id();
	}

	ResultActions postStep(TestApplications.Draft draft, String step, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post(base(draft) + "/" + step).with(as(draft.member())).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request);
	}

	void savedAndShownAgain(TestApplications.Draft draft, String step, String... fields) throws Exception {
		postStep(draft, step, fields).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(base(draft) + "/" + step))
			.andExpect(flash().attribute("notice", "Enregistré."));
	}

	// Creation

	@Test
	void aMemberCreatesADraftForTheOpenCallAndLandsOnItsFirstStep() throws Exception {
		String member = this.test.organisations().newApplicant("Camille");
		long organisation = this.test.organisations().newOrganisation(member, "Les Ateliers du Lez");
		this.mvc.perform(get("/espace/candidatures/nouvelle").with(as(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Les Ateliers du Lez")));
		String location = this.mvc
			.perform(post("/espace/candidatures/nouvelle").with(as(member)).with(csrf())
				.param("organisationId", String.valueOf(organisation))
				.param("title", "  Passerelles vers l’emploi  "))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/espace/candidatures/*/projet"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.split("/")[3]);
		Map<String, Object> row = this.test.row(id);
		assertThat(row).containsEntry("status", "DRAFT")
			.containsEntry("title", "Passerelles vers l’emploi")
			.containsEntry("organisation_id", organisation);
		assertThat(this.jdbc.sql("select c.slug from grant_application g join call_for_projects c on c.id = g.call_id where g.id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("novapec");
		assertThat(this.jdbc.sql("select count(*) from application_status_change where application_id = ? and from_status is null and to_status = 'DRAFT'")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc.perform(get("/espace/candidatures").with(as(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Passerelles vers l’emploi")))
			.andExpect(content().string(containsString("Brouillon")));
		this.mvc.perform(get("/espace").with(as(member)))
			.andExpect(content().string(containsString("href=\"/espace/candidatures\"")));
	}

	@Test
	void aMemberWithoutOrganisationIsToldToRegisterOneFirst() throws Exception {
		String member = this.test.organisations().newApplicant("Sans organisation");
		this.mvc.perform(get("/espace/candidatures/nouvelle").with(as(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/espace/organisation/nouvelle\"")))
			.andExpect(content().string(not(containsString("name=\"title\""))));
	}

	@Test
	void aDraftCannotBeCreatedForAnotherOrganisationNorWithoutTitle() throws Exception {
		TestApplications.Draft other = this.test.newDraft("Autre");
		String member = this.test.organisations().newApplicant("Dominique");
		this.test.organisations().newOrganisation(member, "La mienne");
		long before = count();
		this.mvc.perform(post("/espace/candidatures/nouvelle").with(as(member)).with(csrf())
				.param("organisationId", String.valueOf(other.organisationId()))
				.param("title", "Détournement"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choisissez l&#39;une de vos organisations.")))
			.andExpect(content().string(containsString(value("Détournement"))));
		this.mvc.perform(post("/espace/candidatures/nouvelle").with(as(member)).with(csrf())
				.param("organisationId", "").param("title", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Donnez un titre au projet.")));
		assertThat(count()).isEqualTo(before);
	}

	// The project

	@Test
	void theProjectStepIsSavedAndShownAgain() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Titre provisoire");
		savedAndShownAgain(draft, "projet", "title", "Coopérer pour l’emploi des cadres", "summary",
				"Un résumé court.", "description", "Une description détaillée du projet.");
		this.mvc.perform(get(base(draft) + "/projet").with(as(draft.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(value("Coopérer pour l’emploi des cadres"))))
			.andExpect(content().string(containsString(">" + HtmlUtils.htmlEscape("Une description détaillée du projet.") + "</textarea>")));
		assertThat(this.test.row(draft.id())).containsEntry("summary", "Un résumé court.");
	}

	@Test
	void aTooLongSummaryIsRefusedWithWhatWasTypedAndNothingOfTheStepIsSaved() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Titre initial");
		String summary = "x".repeat(501);
		postStep(draft, "projet", "title", "Nouveau titre", "summary", summary, "description", "")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Le résumé ne doit pas dépasser 500 caractères.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("role=\"alert\"")))
			.andExpect(content().string(containsString(summary + "</textarea>")))
			.andExpect(content().string(containsString("value=\"Nouveau titre\"")));
		assertThat(this.test.row(draft.id())).containsEntry("title", "Titre initial").containsEntry("summary", null);
	}

	// Theme and publics

	@Test
	void themeAndPublicsAreSavedAndShownAgain() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Thèmes");
		savedAndShownAgain(draft, "themes-et-publics", "theme", "territoires", "publics", "cadres", "publics", "pme");
		ApplicationDraft saved = this.applications.draft(draft.id(), SignedIn.as(draft.member()));
		assertThat(saved.themeCode()).isEqualTo("territoires");
		assertThat(saved.publics()).containsExactly("cadres", "pme");
		this.mvc.perform(get(base(draft) + "/themes-et-publics").with(as(draft.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<legend>Publics visés</legend>")));
		// Unticking every public is saved too: the draft is then incomplete, not wrong.
		savedAndShownAgain(draft, "themes-et-publics", "theme", "territoires", "_publics", "on");
		assertThat(this.applications.draft(draft.id(), SignedIn.as(draft.member())).publics()).isEmpty();
	}

	@Test
	void anUnknownThemeOrPublicIsRefused() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Thème inconnu");
		postStep(draft, "themes-et-publics", "theme", "spatial", "publics", "retraites").andExpect(status().isOk())
			.andExpect(content().string(containsString("Choisissez l&#39;un des trois thèmes proposés.")));
		assertThat(this.applications.draft(draft.id(), SignedIn.as(draft.member())).publics()).isEmpty();
	}

	// Territories

	@Test
	void regionsLeadRegionAndCitiesAreSavedAndShownAgain() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Territoires");
		savedAndShownAgain(draft, "territoires", "regions", "76", "regions", "11", "leadRegion", "76",
				"cities[0].name", "Montpellier", "cities[0].region", "76", "cities[0].priority", "true",
				"cities[1].name", "Paris", "cities[1].region", "11", "cities[2].name", " ", "cities[2].region", "");
		ApplicationDraft saved = this.applications.draft(draft.id(), SignedIn.as(draft.member()));
		assertThat(saved.regions()).containsExactly("11", "76");
		assertThat(saved.leadRegion()).isEqualTo("76");
		assertThat(saved.cities()).containsExactly(new ApplicationDraft.City("Montpellier", "76", true),
				new ApplicationDraft.City("Paris", "11", false));
		this.mvc.perform(get(base(draft) + "/territoires").with(as(draft.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Montpellier\"")))
			.andExpect(content().string(containsString("<legend>Régions où le projet agit</legend>")));
	}

	@Test
	void aSingleRegionIsTheLeadRegion() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Une région");
		savedAndShownAgain(draft, "territoires", "regions", "53", "leadRegion", "");
		assertThat(this.applications.draft(draft.id(), SignedIn.as(draft.member())).leadRegion()).isEqualTo("53");
	}

	@Test
	void theLeadRegionMustBeAmongTheChosenRegions() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Cheffe de file");
		postStep(draft, "territoires", "regions", "76", "regions", "11", "leadRegion", "53",
				"cities[0].name", "Sète", "cities[0].region", "76")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choisissez la région cheffe de file parmi les régions cochées.")))
			.andExpect(content().string(containsString(value("Sète"))));
		postStep(draft, "territoires", "regions", "76", "regions", "11", "leadRegion", "")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choisissez la région cheffe de file parmi les régions cochées.")));
		ApplicationDraft saved = this.applications.draft(draft.id(), SignedIn.as(draft.member()));
		assertThat(saved.regions()).isEmpty();
		assertThat(saved.cities()).isEmpty();
	}

	@Test
	void aCityMustLieInAChosenRegion() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Ville hors région");
		postStep(draft, "territoires", "regions", "76", "leadRegion", "76", "cities[0].name", "Lille",
				"cities[0].region", "32")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choisissez la région de cette ville parmi les régions cochées.")));
		assertThat(this.applications.draft(draft.id(), SignedIn.as(draft.member())).regions()).isEmpty();
	}

	// Beneficiaries and calendar

	@Test
	void beneficiariesAndCalendarAreSavedWithTheEndDateShown() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Calendrier");
		savedAndShownAgain(draft, "themes-et-publics", "theme", "emploi", "publics", "cadres", "publics",
				"jeunes-diplomes");
		savedAndShownAgain(draft, "beneficiaires-et-calendrier", "plannedCadres", "120", "plannedJeunesDiplomes",
				"40", "plannedPme", "9", "startDate", "2026-03-01", "durationMonths", "18");
		ApplicationDraft saved = this.applications.draft(draft.id(), SignedIn.as(draft.member()));
		// Nothing is planned for a public the application does not target.
		assertThat(saved.planned()).containsExactly(Map.entry("cadres", 120), Map.entry("jeunes-diplomes", 40));
		assertThat(saved.startDate()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(saved.durationMonths()).isEqualTo(18);
		assertThat(this.test.row(draft.id())).containsEntry("planned_beneficiaries", 160);
		this.mvc.perform(get(base(draft) + "/beneficiaires-et-calendrier").with(as(draft.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"120\"")))
			.andExpect(content().string(containsString("Fin prévue le 31 août 2027.")))
			.andExpect(content().string(not(containsString("name=\"plannedPme\""))));
		// Unticking a public drops what was planned for it.
		savedAndShownAgain(draft, "themes-et-publics", "theme", "emploi", "publics", "cadres");
		assertThat(this.applications.draft(draft.id(), SignedIn.as(draft.member())).planned())
			.containsExactly(Map.entry("cadres", 120));
	}

	@Test
	void beneficiariesMustBeAboveZeroAndDurationWithinSixtyMonths() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Bénéficiaires");
		savedAndShownAgain(draft, "themes-et-publics", "theme", "emploi", "publics", "cadres");
		postStep(draft, "beneficiaires-et-calendrier", "plannedCadres", "0", "startDate", "2026-03-01",
				"durationMonths", "61")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Le nombre de bénéficiaires prévus doit être supérieur à zéro.")))
			.andExpect(content().string(containsString("La durée doit être comprise entre 1 et 60 mois.")));
		postStep(draft, "beneficiaires-et-calendrier", "plannedCadres", "beaucoup", "startDate", "le 3 mars",
				"durationMonths", "12")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Indiquez un nombre entier de bénéficiaires, par exemple 120.")))
			.andExpect(content().string(containsString("value=\"beaucoup\"")))
			.andExpect(content().string(containsString("value=\"le 3 mars\"")));
		ApplicationDraft saved = this.applications.draft(draft.id(), SignedIn.as(draft.member()));
		assertThat(saved.planned()).isEmpty();
		assertThat(saved.startDate()).isNull();
		assertThat(saved.durationMonths()).isNull();
	}

	// Budget

	@Test
	void amountsTypedInFrenchAreSavedExactlyAndShownBackInFrench() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Budget");
		savedAndShownAgain(draft, "budget", "totalBudget", "150 000,50 €", "requestedAmount", "15000.5",
				"coFunders[0].name", "Région Occitanie", "coFunders[0].amount", "30\u00A0000",
				"coFunders[1].name", "", "coFunders[1].amount", "");
		ApplicationDraft saved = this.applications.draft(draft.id(), SignedIn.as(draft.member()));
		assertThat(saved.totalBudget()).isEqualTo(new BigDecimal("150000.50"));
		assertThat(saved.requestedAmount()).isEqualTo(new BigDecimal("15000.50"));
		assertThat(saved.coFunders())
			.containsExactly(new ApplicationDraft.CoFunder("Région Occitanie", new BigDecimal("30000.00")));
		this.mvc.perform(get(base(draft) + "/budget").with(as(draft.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"150" + NNBSP + "000,50\"")))
			.andExpect(content().string(containsString("value=\"15" + NNBSP + "000,50\"")))
			.andExpect(content().string(containsString("value=\"30" + NNBSP + "000\"")));
		this.mvc.perform(get(base(draft)).with(as(draft.member())))
			.andExpect(content().string(containsString("15" + NNBSP + "000,50\u00A0€")));
	}

	@Test
	void theAmountRequestedCannotExceedTheTotalBudget() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Trop demandé");
		postStep(draft, "budget", "totalBudget", "10 000", "requestedAmount", "10 000,01")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Le montant demandé ne peut pas dépasser le budget total du projet.")))
			.andExpect(content().string(containsString("value=\"10 000,01\"")));
		assertThat(this.applications.draft(draft.id(), SignedIn.as(draft.member())).totalBudget()).isNull();
		savedAndShownAgain(draft, "budget", "totalBudget", "10 000", "requestedAmount", "10 000");
	}

	@Test
	void aNegativeOrUnreadableAmountIsRefusedBesideItsFieldWithWhatWasTyped() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Montants faux");
		postStep(draft, "budget", "totalBudget", "-5 000", "requestedAmount", "beaucoup", "coFunders[0].name",
				"Fondation", "coFunders[0].amount", "12,345")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Un montant ne peut pas être négatif.")))
			.andExpect(content().string(containsString("Ce montant n&#39;est pas lisible")))
			.andExpect(content().string(containsString("Un montant a au plus deux chiffres après la virgule")))
			.andExpect(content().string(containsString("value=\"-5 000\"")))
			.andExpect(content().string(containsString("value=\"beaucoup\"")))
			.andExpect(content().string(containsString("value=\"12,345\"")))
			.andExpect(content().string(containsString("aria-describedby=\"co-funder-0-amount-error\"")));
		ApplicationDraft saved = this.applications.draft(draft.id(), SignedIn.as(draft.member()));
		assertThat(saved.totalBudget()).isNull();
		assertThat(saved.coFunders()).isEmpty();
	}

	@Test
	void aCoFunderNeedsANameAndAnAmount() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Cofinanceur");
		postStep(draft, "budget", "totalBudget", "1000", "coFunders[0].name", "", "coFunders[0].amount", "500",
				"coFunders[1].name", "Mairie", "coFunders[1].amount", "")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Indiquez le nom de ce cofinanceur.")))
			.andExpect(content().string(containsString("Indiquez le montant apporté par ce cofinanceur.")));
		assertThat(this.applications.draft(draft.id(), SignedIn.as(draft.member())).totalBudget()).isNull();
	}

	// Overview

	@Test
	void theOverviewListsEachStepWithWhatIsMissingAndTheHistory() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Vue d’ensemble");
		savedAndShownAgain(draft, "projet", "title", "Vue d’ensemble", "summary", "Résumé", "description", "Texte");
		this.mvc.perform(get(base(draft)).with(as(draft.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + base(draft) + "/budget\"")))
			.andExpect(content().string(containsString("complète")))
			.andExpect(content().string(containsString("le budget total")))
			.andExpect(content().string(containsString("Création : Brouillon")))
			.andExpect(content().string(containsString("par Membre")));
		List<String> steps = List.of("projet", "themes-et-publics", "territoires", "beneficiaires-et-calendrier",
				"budget");
		for (String step : steps) {
			this.mvc.perform(get(base(draft) + "/" + step).with(as(draft.member())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("aria-current=\"page\"")));
		}
	}

	private long count() {
		return this.jdbc.sql("select count(*) from grant_application").query(Long.class).single();
	}

}
