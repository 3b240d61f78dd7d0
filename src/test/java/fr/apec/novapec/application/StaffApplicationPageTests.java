package fr.apec.novapec.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.reference.ReferenceDataService;
import fr.apec.novapec.reference.Region;
import fr.apec.novapec.shared.Formats;
import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.TestMail;
import fr.apec.novapec.support.Text;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff page of an application says everything the application says, section by section, with the
 * regions by name and the lead one marked; it names the organisation (SIRET, legal form, ESUS approval,
 * RNA, head office and its region, members with their addresses) and who submitted it; and it links the
 * application's PDF, which only staff and administrators download.
 */
@IntegrationTest
class StaffApplicationPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	ApplicationDrafting drafting;

	@Autowired
	ApplicationSubmissions submissions;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ReferenceDataService reference;

	@Autowired
	Formats formats;

	@Autowired
	MailOutbox outbox;

	@Autowired
	TestApplications test;

	/** Leaves no mail of these tests waiting in the outbox, where it would delay other tests' mail. */
	@AfterEach
	void deliverWhatWasQueued() {
		TestMail.deliverAll(this.outbox);
	}

	@Test
	void theStaffPageShowsEverySectionOfTheApplicationWithTheRegionsByNameAndTheLeadMarked() throws Exception {
		TestApplications.Draft submitted = multiregional("Projet multirégional " + UUID.randomUUID());
		ApplicationDraft draft = this.applications.draft(submitted.id(), as(submitted.member()));
		Map<String, String> names = regionNames();

		Element content = staffPage(submitted.id()).getElementById("content-heading").parent();

		// Regions: Île-de-France, then Occitanie as the lead region; no empty name anywhere.
		assertThat(items(content, "Régions où le projet agit")).containsExactly("Île-de-France", "Occitanie (cheffe de file)");
		assertThat(items(content, "Régions où le projet agit")).containsExactlyElementsOf(draft.regions()
			.stream()
			.map((code) -> names.get(code) + (code.equals(draft.leadRegion()) ? " (cheffe de file)" : ""))
			.toList());
		assertThat(content.select("li span")).allMatch((span) -> !span.text().isBlank());
		assertThat(items(content, "Villes")).containsExactlyElementsOf(draft.cities()
			.stream()
			.map((city) -> city.name() + " (" + names.get(city.regionCode()) + ")"
					+ (city.priorityNeighbourhood() ? " — quartier prioritaire" : ""))
			.toList());
		assertThat(items(content, "Villes")).containsExactly("Paris (Île-de-France)",
				"Montpellier (Occitanie) — quartier prioritaire");

		String text = Text.plainSpaces(content.text());
		assertThat(text).contains(draft.summary(), draft.description(), "Égalité d'accès à l'emploi");
		assertThat(items(content, "Publics visés")).containsExactly("Cadres", "Jeunes diplômés");
		draft.planned().values().forEach((planned) -> assertThat(text).contains(String.valueOf(planned)));
		assertThat(text).contains("1 mars 2027", "18")
			.contains(money(draft.totalBudget()), money(draft.requestedAmount()))
			.contains("120 000 €", "45 000 €");
		assertThat(items(content, "Cofinanceurs")).containsExactlyElementsOf(draft.coFunders()
			.stream()
			.map((funder) -> funder.name() + " : " + money(funder.amount()))
			.toList())
			.containsExactly("Région Occitanie : 30 000 €", "Fondation du Sud : 10 000 €");
		assertThat(text).contains("Cadres accompagnés : 40", "Jeunes diplômés en emploi : 25");
		for (ApplicationDraft.Indicator indicator : draft.indicators()) {
			assertThat(text).contains(indicator.label() + " : " + indicator.target());
		}
		assertThat(text).contains("Apec Occitanie — Relais auprès des cadres", "Mairie de Paris");
		for (ApplicationDraft.Partner partner : draft.partners()) {
			assertThat(text).contains(partner.name());
		}
	}

	@Test
	void theStaffPageNamesTheOrganisationItsMembersAndWhoSubmitted() throws Exception {
		String title = "Projet identifié " + UUID.randomUUID();
		TestApplications.Draft submitted = multiregional(title);
		String colleague = this.test.organisations().newApplicant("Zoé Collègue");
		this.test.organisations().addMember(submitted.organisationId(), colleague);
		String siret = this.organisations.details(submitted.organisationId(), as(submitted.member())).siret();

		Element organisation = staffPage(submitted.id()).getElementById("organisation-heading").parent();

		assertThat(organisation.selectFirst("h2").text()).isEqualTo("L'organisation : Organisation " + title);
		assertThat(value(organisation, "SIRET")).isEqualTo(siret);
		assertThat(value(organisation, "Forme juridique")).isEqualTo("Association");
		assertThat(value(organisation, "Agrément ESUS")).isEqualTo("Non");
		assertThat(value(organisation, "Numéro RNA")).isEqualTo("W343000123");
		assertThat(value(organisation, "Siège")).isEqualTo("12 rue de l'Aiguillerie, 34000 Montpellier");
		assertThat(value(organisation, "Région du siège")).isEqualTo("Occitanie");
		assertThat(items(organisation, "Membres et adresses électroniques")).containsExactly(
				"Membre — " + submitted.member(), "Zoé Collègue — " + colleague);
		assertThat(organisation.select("a[href=mailto:" + colleague + "]")).hasSize(1);

		Document page = staffPage(submitted.id());
		String submittedBy = Text.plainSpaces(value(page.body(), "Déposée par"));
		assertThat(submittedBy).isEqualTo("Membre, le "
				+ LocalDate.now(Formats.PARIS).format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH)) + " — "
				+ submitted.member());
		assertThat(page.select("a[href=/gestion/candidatures/" + submitted.id() + "/pdf]").text())
			.isEqualTo("Télécharger la candidature (PDF)");
	}

	@Test
	void onlyStaffAndAdministratorsDownloadTheApplicationsPdfAndADraftOrAnUnknownIdIs404() throws Exception {
		TestApplications.Draft submitted = this.test.newCompleteDraft("Projet en PDF " + UUID.randomUUID());
		long statutes = this.test.addDocument(submitted, DocumentKind.STATUTES, null);
		this.drafting.save(submitted.id(), as(submitted.member()), new DraftParts.Documents(List.of(statutes)));
		this.submissions.submit(submitted.id(), as(submitted.member()), true);
		String path = "/gestion/candidatures/" + submitted.id() + "/pdf";
		String staff = this.test.organisations().newStaff("Dominique Gestion");

		for (String role : List.of("STAFF", "ADMIN")) {
			byte[] pdf = this.mvc.perform(get(path).with(user(staff).roles(role)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "application/pdf"))
				.andExpect(header().string("Content-Disposition",
						"attachment; filename=\"candidature-" + submitted.id() + ".pdf\""))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			// The PDF its members download: the application and the document of the vault attached to it.
			try (PDDocument document = Loader.loadPDF(pdf)) {
				String text = Text.plainSpaces(new PDFTextStripper().getText(document)).replaceAll("\\s+", " ");
				assertThat(text).contains("Projet en PDF", "Organisation Projet en PDF", "Statuts", "statutes.pdf",
						"120 000 €");
			}
		}
		// A member of the organisation (an applicant) and a reviewer are refused; a visitor is asked to log in.
		this.mvc.perform(get(path).with(user(submitted.member()).roles("APPLICANT"))).andExpect(status().isForbidden());
		this.mvc.perform(get(path).with(user("relecteur@apec.test").roles("REVIEWER"))).andExpect(status().isForbidden());
		this.mvc.perform(get(path)).andExpect(redirectedUrl("/connexion"));
		// A draft is not the staff's to read; nor is an id that does not exist, or one too long for Java.
		TestApplications.Draft draft = this.test.newCompleteDraft("Brouillon en PDF");
		this.mvc.perform(get("/gestion/candidatures/" + draft.id() + "/pdf").with(user(staff).roles("STAFF")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/gestion/candidatures/" + Long.MAX_VALUE + "/pdf").with(user(staff).roles("STAFF")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/gestion/candidatures/99999999999999999999/pdf").with(user(staff).roles("STAFF")))
			.andExpect(status().isNotFound());
	}

	/**
	 * A submitted application acting in Île-de-France and Occitanie (the lead region), in Paris and in a
	 * priority neighbourhood of Montpellier, with two co-funders, two partners and two indicators.
	 */
	private TestApplications.Draft multiregional(String title) {
		TestApplications.Draft draft = this.test.newCompleteDraft(title);
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Territories(List.of("76", "11"),
				"76", List.of(new ApplicationDraft.City("Paris", "11", false),
						new ApplicationDraft.City("Montpellier", "76", true))));
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Budget(new BigDecimal("120000.00"),
				new BigDecimal("45000.00"), List.of(new ApplicationDraft.CoFunder("Région Occitanie", new BigDecimal("30000.00")),
						new ApplicationDraft.CoFunder("Fondation du Sud", new BigDecimal("10000.00")))));
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Partners(List.of(
				new ApplicationDraft.Partner("Apec Occitanie", "Relais auprès des cadres"),
				new ApplicationDraft.Partner("Mairie de Paris", null))));
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Indicators(List.of(
				new ApplicationDraft.Indicator("Cadres accompagnés", 40),
				new ApplicationDraft.Indicator("Jeunes diplômés en emploi", 25))));
		this.submissions.submit(draft.id(), as(draft.member()), true);
		return draft;
	}

	private Document staffPage(long id) throws Exception {
		String staff = this.test.organisations().newStaff("Dominique Gestion");
		String html = this.mvc.perform(get("/gestion/candidatures/" + id).with(user(staff).roles("STAFF")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private Map<String, String> regionNames() {
		return this.reference.regions()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Region::code, Region::name));
	}

	/** The amount as the French page writes it. */
	private String money(BigDecimal amount) {
		LocaleContextHolder.setLocale(Locale.FRANCE);
		try {
			return Text.plainSpaces(this.formats.money(amount));
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	/** The text of the definition whose term is this label, in this part of the page. */
	private static String value(Element part, String label) {
		Element term = part.select("dt").stream().filter((dt) -> dt.text().equals(label)).findFirst()
			.orElseThrow(() -> new AssertionError("No « " + label + " » in " + part.text()));
		return term.nextElementSibling().text();
	}

	/** The items of the list given as the definition of this label, in this part of the page. */
	private static List<String> items(Element part, String label) {
		Element term = part.select("dt").stream().filter((dt) -> dt.text().equals(label)).findFirst()
			.orElseThrow(() -> new AssertionError("No « " + label + " » in " + part.text()));
		return term.nextElementSibling().select("li").stream().map((li) -> Text.plainSpaces(li.text())).toList();
	}

}
