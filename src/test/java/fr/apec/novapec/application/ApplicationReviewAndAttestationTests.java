package fr.apec.novapec.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.application.web.Step;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.Text;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * « Vérifier et déposer »: the whole application section by section, in the PDF's order, each with a link
 * to its step, then what blocks it, then the attestation; a submission without the attestation ticked is
 * refused beside the box and changes nothing; with it, who attested and when are kept and printed in the
 * PDF.
 */
@IntegrationTest
class ApplicationReviewAndAttestationTests {

	private static final String ATTESTATION = "Je certifie exactes les informations de cette candidature et je suis "
			+ "habilité(e) à la déposer au nom de l'organisation";

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	ApplicationSubmissions submissions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestApplications test;

	@Test
	void theReviewShowsEverySectionWithItsValuesInThePdfOrderEachWithItsModifierLinkThenTheAttestation()
			throws Exception {
		TestApplications.Draft draft = this.test.newCompleteDraftWithEverything("Projet relu");
		Document page = page(get(review(draft)), draft);

		List<Element> sections = page.select("main section.recap-section");
		assertThat(sections).extracting((section) -> section.selectFirst("h2").text())
			.containsExactly("Le projet", "Thème et publics", "Territoires", "Bénéficiaires et calendrier", "Budget",
					"Indicateurs d'impact", "Partenaires", "Documents");
		Step[] steps = Step.values();
		for (int i = 0; i < steps.length; i++) {
			Element link = sections.get(i).selectFirst("a.recap-edit");
			assertThat(link).as(steps[i].slug()).isNotNull();
			assertThat(link.attr("href")).isEqualTo("/espace/candidatures/" + draft.id() + "/" + steps[i].slug());
			assertThat(link.text()).startsWith("Modifier").contains(sections.get(i).selectFirst("h2").text());
		}
		assertThat(text(sections.get(0))).contains("Projet relu").contains("Un résumé du projet.")
			.contains("La description du projet.");
		assertThat(text(sections.get(1))).contains("Égalité d'accès à l'emploi").contains("Cadres, Jeunes diplômés");
		assertThat(text(sections.get(2))).contains("Occitanie (cheffe de file)").contains("Montpellier Occitanie Oui");
		assertThat(text(sections.get(3))).contains("Cadres 40").contains("Jeunes diplômés 25")
			.contains("1 mars 2027")
			.contains("18 mois")
			.contains("31 août 2028");
		assertThat(text(sections.get(4))).contains("120 000 €").contains("15 000 €")
			.contains("Fondation régionale 30 000,50 €");
		assertThat(text(sections.get(5))).contains("Cadres accompagnés 40");
		assertThat(text(sections.get(6))).contains("Mission locale de Montpellier Orientation des jeunes diplômés");
		assertThat(text(sections.get(7))).contains("Statuts").contains("statutes.pdf");

		// Then, after the sections, the submission with its attestation box, unticked, and its label.
		String main = page.selectFirst("main").html();
		assertThat(main.indexOf("id=\"recap-documents\"")).isLessThan(main.indexOf("id=\"ready-heading\""));
		Element box = page.getElementById("attested");
		assertThat(box.attr("type")).isEqualTo("checkbox");
		assertThat(box.hasAttr("checked")).isFalse();
		assertThat(box.closest("form").attr("action")).isEqualTo("/espace/candidatures/" + draft.id() + "/deposer");
		assertThat(page.selectFirst("label[for=attested]").text()).isEqualTo(ATTESTATION);
	}

	@Test
	void theReviewOfAnIncompleteDraftShowsItsSectionsThenTheBlockersAndNoAttestation() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Projet à peine commencé");
		Document page = page(get(review(draft)), draft);
		assertThat(page.select("main section.recap-section")).hasSize(Step.values().length);
		assertThat(text(page.selectFirst("main section.recap-section"))).contains("Non renseigné");
		String main = page.selectFirst("main").html();
		assertThat(main.indexOf("id=\"recap-documents\"")).isLessThan(main.indexOf("id=\"blockers-heading\""));
		assertThat(page.getElementById("attested")).isNull();
	}

	@Test
	void aSubmissionWithoutTheAttestationIsRefusedBesideTheBoxAndInTheSummaryAndNothingChanges() throws Exception {
		TestApplications.Draft draft = this.test.newCompleteDraft("Projet non attesté");
		Map<String, Object> before = this.test.row(draft.id());

		String html = this.mvc
			.perform(post("/espace/candidatures/" + draft.id() + "/deposer").with(user(draft.member()).roles("APPLICANT"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("application/verification"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		String message = "Cochez la case pour certifier les informations de la candidature : sans cette attestation, "
				+ "elle ne peut pas être déposée.";
		Element error = page.getElementById("attested-error");
		assertThat(error.text()).isEqualTo(message);
		Element box = page.getElementById("attested");
		assertThat(box.attr("aria-invalid")).isEqualTo("true");
		assertThat(box.attr("aria-describedby")).isEqualTo("attested-error");
		Element summary = page.selectFirst("main .error-summary[role=alert]");
		assertThat(summary.selectFirst("a[href=#attested]").text()).isEqualTo(message);
		// The summary comes first, before the sections.
		assertThat(page.selectFirst("main").html().indexOf("error-summary"))
			.isLessThan(page.selectFirst("main").html().indexOf("recap-section"));
		assertThat(page.select("main section.recap-section")).hasSize(Step.values().length);

		// « false » as sent by the hidden field of an unticked box is refused the same way.
		this.mvc.perform(post("/espace/candidatures/" + draft.id() + "/deposer").param("_attested", "on")
			.with(user(draft.member()).roles("APPLICANT"))
			.with(csrf())).andExpect(status().isOk()).andExpect(view().name("application/verification"));

		// A value the box never sends is refused with the same single message.
		Document tampered = Jsoup.parse(this.mvc
			.perform(post("/espace/candidatures/" + draft.id() + "/deposer").param("attested", "peut-être")
				.with(user(draft.member()).roles("APPLICANT"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("application/verification"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(tampered.select("#attested-error")).singleElement()
			.satisfies((element) -> assertThat(element.text()).isEqualTo(message));
		assertThat(tampered.select("main .error-summary a[href=#attested]")).hasSize(1);

		assertThat(this.test.row(draft.id())).isEqualTo(before);
		assertThat(this.applications.history(draft.id(), as(draft.member()))).hasSize(1);
		assertThat(outbox(draft)).isZero();
	}

	@Test
	void aSubmissionAfterAReturnReplacesTheAttestationWithThatOfWhoeverSubmitsItAgain() throws Exception {
		TestApplications.Draft draft = this.test.newSubmitted("Projet attesté deux fois");
		assertThat(this.test.row(draft.id())).containsEntry("attested_by_name", "Membre");
		String colleague = this.test.organisations().newApplicant("Collègue Trésorière");
		this.test.organisations().addMember(draft.organisationId(), colleague);
		this.test.returnForChanges(draft, "Précisez le calendrier.");

		this.mvc.perform(TestApplications.submission(draft).with(user(colleague).roles("APPLICANT")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> row = this.test.row(draft.id());
		long account = this.jdbc.sql("select id from account where email = ?").param(colleague).query(Long.class).single();
		assertThat(row).containsEntry("status", "SUBMITTED")
			.containsEntry("attested_by", account)
			.containsEntry("attested_by_name", "Collègue Trésorière")
			.containsEntry("attested_at", row.get("submitted_at"));
		assertThat(pdfText(draft)).contains("Attestée par Collègue Trésorière le ").doesNotContain("Attestée par Membre");
	}

	@Test
	void theServiceRefusesASubmissionWithoutTheAttestationWhateverTheCaller() {
		TestApplications.Draft draft = this.test.newCompleteDraft("Projet sans attestation");
		Map<String, Object> before = this.test.row(draft.id());
		assertThatExceptionOfType(AttestationMissingException.class)
			.isThrownBy(() -> this.submissions.submit(draft.id(), as(draft.member()), false));
		assertThat(this.test.row(draft.id())).isEqualTo(before);
		assertThat(outbox(draft)).isZero();
	}

	@Test
	void aSubmissionWithTheAttestationRecordsWhoAttestedAndWhenAndThePdfPrintsIt() throws Exception {
		TestApplications.Draft draft = this.test.newCompleteDraft("Projet attesté");
		Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		this.mvc.perform(TestApplications.submission(draft).with(user(draft.member()).roles("APPLICANT")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/espace/candidatures/" + draft.id()));

		Map<String, Object> row = this.test.row(draft.id());
		long account = this.jdbc.sql("select id from account where email = ?").param(draft.member()).query(Long.class).single();
		assertThat(row).containsEntry("status", "SUBMITTED")
			.containsEntry("attested_by", account)
			.containsEntry("attested_by_name", "Membre");
		Instant attestedAt = ((java.sql.Timestamp) row.get("attested_at")).toInstant();
		assertThat(attestedAt).isEqualTo(((java.sql.Timestamp) row.get("submitted_at")).toInstant())
			.isAfterOrEqualTo(before)
			.isBeforeOrEqualTo(Instant.now());

		java.time.ZonedDateTime paris = attestedAt.atZone(fr.apec.novapec.shared.Formats.PARIS);
		String on = java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.FRENCH).format(paris);
		String at = java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(paris);
		assertThat(pdfText(draft)).contains("Attestation " + ATTESTATION)
			.contains("Attestée par Membre le " + on + " à " + at + ".");
	}

	@Test
	void thePdfOfADraftNeverSubmittedHasNoAttestation() throws Exception {
		TestApplications.Draft draft = this.test.newCompleteDraft("Projet pas encore attesté");
		assertThat(pdfText(draft)).doesNotContain("Attestée par").doesNotContain(ATTESTATION);
	}

	// Helpers

	private Document page(MockHttpServletRequestBuilder request, TestApplications.Draft draft) throws Exception {
		String html = this.mvc.perform(request.with(user(draft.member()).roles("APPLICANT")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private String pdfText(TestApplications.Draft draft) throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/espace/candidatures/" + draft.id() + "/pdf").with(user(draft.member()).roles("APPLICANT")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return Text.plainSpaces(new PDFTextStripper().getText(document)).replaceAll("\\s+", " ");
		}
	}

	private static String text(Element element) {
		return Text.plainSpaces(element.text()).replaceAll("\\s+", " ");
	}

	private int outbox(TestApplications.Draft draft) {
		return this.jdbc.sql("select count(*) from mail_outbox where recipient = ?")
			.param(draft.member())
			.query(Integer.class)
			.single();
	}

	private static String review(TestApplications.Draft draft) {
		return "/espace/candidatures/" + draft.id() + "/verification";
	}

}
