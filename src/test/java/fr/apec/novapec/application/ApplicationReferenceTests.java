package fr.apec.novapec.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.shared.Formats;
import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.TestMail;
import fr.apec.novapec.support.Text;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each application has a reference (NOVA-2026-000123) from its creation, unique, shown wherever the
 * application is named: the applicant's list and pages, the staff list (which finds it) and page, the
 * mails and the PDF. The receipt and the PDF also carry the organisation's SIRET and who submitted it;
 * an attached document past its validity date is marked « expiré » in the PDF and on the staff page; an
 * emoji in a title prints as its name, never as « # ».
 */
@IntegrationTest
class ApplicationReferenceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	ApplicationDrafting drafting;

	@Autowired
	ApplicationSubmissions submissions;

	@Autowired
	StaffApplications staffApplications;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestApplications test;

	/** Leaves no mail of these tests waiting in the outbox, where it would delay other tests' mail. */
	@AfterEach
	void deliverWhatWasQueued() {
		TestMail.deliverAll(this.outbox);
	}

	String reference(long id) {
		return this.jdbc.sql("select reference from grant_application where id = ?").param(id).query(String.class).single();
	}

	String page(RequestBuilder request) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return Text.plainSpaces(new PDFTextStripper().getText(document)).replaceAll("\\s+", " ");
		}
	}

	String siret(TestApplications.Draft draft) {
		return this.jdbc.sql("select siret from organisation where id = ?").param(draft.organisationId())
			.query(String.class).single();
	}

	@Test
	void everyApplicationGetsAUniqueReferenceOfTheYearOfItsCreationAndASequenceNumber() {
		TestApplications.Draft first = this.test.newDraft("Première");
		TestApplications.Draft second = this.test.newDraft("Seconde");
		String year = String.valueOf(LocalDate.now(Formats.PARIS).getYear());
		assertThat(reference(first.id())).matches("NOVA-" + year + "-\\d{6}");
		assertThat(reference(second.id())).matches("NOVA-" + year + "-\\d{6}");
		long firstNumber = Long.parseLong(reference(first.id()).substring(10));
		long secondNumber = Long.parseLong(reference(second.id()).substring(10));
		assertThat(secondNumber).isGreaterThan(firstNumber);
		assertThat(this.applications.draft(first.id(), as(first.member())).reference()).isEqualTo(reference(first.id()));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.sql("update grant_application set reference = ? where id = ?")
				.params(reference(first.id()), second.id())
				.update());
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.sql("update grant_application set reference = 'CAND-1' where id = ?")
				.param(second.id())
				.update());
	}

	@Test
	void theApplicantSeesTheReferenceInTheListOnTheOverviewTheStepsTheReviewAndTheWithdrawal() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Projet référencé");
		String reference = reference(draft.id());
		String base = "/espace/candidatures/" + draft.id();
		for (String path : List.of("/espace/candidatures", "/espace", base, base + "/projet", base + "/budget",
				base + "/verification", base + "/retirer")) {
			assertThat(page(get(path).with(user(draft.member()).roles("APPLICANT")))).as(path).contains(reference);
		}
	}

	@Test
	void staffFindAnApplicationByItsReferenceItsNumberOrItsTitleAndSeeTheReferenceOnItsPage() throws Exception {
		String staff = this.test.organisations().newStaff("Dominique Gestion");
		String unique = UUID.randomUUID().toString().substring(0, 8);
		TestApplications.Draft wanted = this.test.newSubmitted("Jardins partagés " + unique);
		TestApplications.Draft other = this.test.newSubmitted("Autre projet " + unique);
		String reference = reference(wanted.id());
		String otherReference = reference(other.id());

		String byReference = page(get("/gestion/candidatures").param("q", " " + reference.toLowerCase() + " ")
			.with(user(staff).roles("STAFF")));
		assertThat(byReference).contains("Jardins partagés " + unique).contains(reference)
			.doesNotContain(otherReference)
			.contains("value=\"" + reference.toLowerCase() + "\"");
		assertThat(page(get("/gestion/candidatures").param("q", reference.substring(10)).with(user(staff).roles("STAFF"))))
			.contains(reference);
		String byTitle = page(get("/gestion/candidatures").param("q", "jardins PARTAGÉS " + unique).with(user(staff).roles("STAFF")));
		assertThat(byTitle).contains(reference).doesNotContain(otherReference);
		assertThat(Acting.asStaff(IntegrationTest.ADMIN_EMAIL, () -> this.staffApplications.page(null, unique, 1, 20).items())).extracting(StaffApplicationRow::reference)
			.containsExactlyInAnyOrder(reference, otherReference);
		// % and _ are letters like any other, not wildcards that would list every application.
		assertThat(Acting.asStaff(IntegrationTest.ADMIN_EMAIL, () -> this.staffApplications.page(null, "%", 1, 20).totalItems())).isZero();
		assertThat(Acting.asStaff(IntegrationTest.ADMIN_EMAIL, () -> this.staffApplications.page(null, "NOVA-____-", 1, 20).totalItems())).isZero();
		assertThat(Acting.asStaff(IntegrationTest.ADMIN_EMAIL, () -> this.staffApplications.page(null, "  ", 1, 20).totalItems()))
			.isEqualTo(Acting.asStaff(IntegrationTest.ADMIN_EMAIL, () -> this.staffApplications.page(null, 1, 20).totalItems()));

		assertThat(page(get("/gestion/candidatures/" + wanted.id()).with(user(staff).roles("STAFF")))).contains(reference);
		assertThat(page(get("/gestion/candidatures").with(user(staff).roles("STAFF")))).contains(reference);

		// What is searched stays in the links to the other pages, as a value.
		for (int i = 0; i < 21; i++) {
			this.test.newSubmitted("Série {x} & 100% " + unique);
		}
		String firstPage = page(get("/gestion/candidatures").param("q", "{x} & 100% " + unique).with(user(staff).roles("STAFF")));
		assertThat(firstPage).contains("21 candidatures")
			.contains("href=\"/gestion/candidatures?q=%7Bx%7D%20%26%20100%25%20" + unique + "&page=2\"");
	}

	@Test
	void theReceiptNamesTheReferenceTheSiretAndWhoSubmittedAndTheOtherMailsTheReference() throws Exception {
		TestApplications.Draft draft = this.test.newCompleteDraft("Projet à accuser");
		String reference = reference(draft.id());
		this.mvc.perform(TestApplications.submission(draft)
			.with(user(draft.member()).roles("APPLICANT"))
			.with(csrf())).andExpect(status().is3xxRedirection());

		Map<String, Object> receipt = this.jdbc.sql("""
				select subject, text_body, html_body from mail_outbox where recipient = ? and subject like 'Accusé%'""")
			.param(draft.member())
			.query()
			.singleRow();
		assertThat((String) receipt.get("subject")).contains(reference);
		String text = Text.plainSpaces((String) receipt.get("text_body"));
		assertThat(text).contains("Référence de la candidature : " + reference)
			.contains("SIRET de l'organisation : " + siret(draft))
			.contains("Déposée par Membre (" + draft.member() + ")");
		assertThat(HtmlUtils.htmlUnescape((String) receipt.get("html_body"))).contains(reference).contains(siret(draft))
			.contains(draft.member());

		String staff = this.test.organisations().newStaff("Claude Gestion");
		this.test.joinFirstRound(draft);
		Acting.asStaff(staff, () -> this.staffApplications.returnForChanges(draft.id(), as(staff), "Précisez le budget."));
		List<Map<String, Object>> others = this.jdbc.sql("""
				select subject, text_body from mail_outbox where recipient = ? and subject not like 'Accusé%'""")
			.param(draft.member())
			.query()
			.listOfRows();
		assertThat(others).isNotEmpty().allSatisfy((mail) -> {
			assertThat((String) mail.get("subject")).contains(reference);
			assertThat((String) mail.get("text_body")).contains(reference);
		});
	}

	@Test
	void thePdfCarriesTheReferenceTheSiretTheSubmitterAndMarksAnExpiredDocument() throws Exception {
		TestApplications.Draft draft = this.test.newCompleteDraft("Projet archivé");
		long current = this.test.addDocument(draft, DocumentKind.ESUS_CERTIFICATE, LocalDate.now(Formats.PARIS).plusYears(1));
		long expired = this.test.addDocument(draft, DocumentKind.ACTIVITY_REPORT, LocalDate.now(Formats.PARIS).minusDays(1));
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Documents(List.of(current, expired)));
		String beforeSubmission = pdfText(this.submissions.pdf(draft.id(), as(draft.member())));
		assertThat(beforeSubmission).contains(reference(draft.id())).contains(siret(draft)).doesNotContain("Déposée par");
		this.submissions.submit(draft.id(), as(draft.member()), true);

		String text = pdfText(this.mvc.perform(get("/espace/candidatures/" + draft.id() + "/pdf")
			.with(user(draft.member()).roles("APPLICANT")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(text).contains("Référence " + reference(draft.id()))
			.contains("SIRET " + siret(draft))
			.contains("Déposée par Membre (")
			.containsPattern("activity_report\\.pdf \\d{1,2} \\S+ \\d{4} — expiré")
			.containsOnlyOnce("expiré");
		// A long address may be cut at the end of a line of the table.
		assertThat(text.replace(" ", "")).contains("Membre(" + draft.member() + ")");

		String staff = this.test.organisations().newStaff("Camille Gestion");
		String staffPage = page(get("/gestion/candidatures/" + draft.id()).with(user(staff).roles("STAFF")));
		List<String> items = new ArrayList<>(List.of(staffPage.split("<li>")));
		// The documents are listed with the application and again in the eligibility section.
		assertThat(items).filteredOn((item) -> item.contains("activity_report.pdf")).isNotEmpty()
			.anySatisfy((item) -> assertThat(item).contains("<strong class=\"badge-expired\">expiré</strong>"));
		assertThat(items).filteredOn((item) -> item.contains("esus_certificate.pdf")).isNotEmpty()
			.anySatisfy((item) -> assertThat(item).doesNotContain("expiré"));
	}

	@Test
	void anEmojiInATitleOrANamePrintsAsItsNameNeverAsAHash() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Jardins 🌻 solidaires 😊 🙂");
		this.jdbc.sql("update organisation set name = 'Les Jardins 🚀' where id = ?").param(draft.organisationId()).update();
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Partners(
				List.of(new ApplicationDraft.Partner("Voisins ❤️ unis", "Bénévoles 👍🏽"))));
		String text = pdfText(this.submissions.pdf(draft.id(), as(draft.member())));
		assertThat(text).doesNotContain("#")
			// DejaVu Sans has a glyph for 😊 and for ❤: they are drawn; it has none for the others.
			.contains("Jardins [sunflower] solidaires 😊 [slightly smiling face]")
			.contains("Les Jardins [rocket]")
			.containsPattern("Voisins ❤\uFE0F? unis")
			.contains("Bénévoles [thumbs up sign]");
	}

}
