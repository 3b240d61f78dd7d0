package fr.apec.novapec.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.application.ApplicationMessages;
import fr.apec.novapec.application.ApplicationSubmissions;
import fr.apec.novapec.application.MessageUpload;
import fr.apec.novapec.application.StaffApplications;
import fr.apec.novapec.application.StaffNotes;
import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.organisation.TestFiles;
import fr.apec.novapec.review.ReviewAssignments;
import fr.apec.novapec.review.ReviewerWorkspace;
import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.TestMail;
import fr.apec.novapec.support.Text;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dossier of an application as a ZIP, /gestion/candidatures/{id}/dossier.zip: its PDF, its documents, its
 * messages with their files, its reviews (a conflicted reviewer's sheet without scores) and regional opinions,
 * its private notes, its history and journal; staff and administrators only; an id staff may not see is 404; the
 * private notes it holds are in no export the applicant gets.
 */
@IntegrationTest
class ApplicationDossierTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApplications test;

	@Autowired
	ApplicationSubmissions submissions;

	@Autowired
	StaffApplications staffApplications;

	@Autowired
	ApplicationMessages messages;

	@Autowired
	StaffNotes notes;

	@Autowired
	ReviewAssignments assignments;

	@Autowired
	ReviewerWorkspace workspace;

	@Autowired
	ApplicationDossier dossier;

	@Autowired
	AccountService accounts;

	@Autowired
	MailOutbox outbox;

	String staff;

	String reviewer;

	long reviewerId;

	/** A note staff write, found nowhere but in staff's own exports. */
	String secret;

	TestApplications.Draft draft;

	@BeforeEach
	void anApplicationInReviewWithEverything() {
		this.staff = this.test.newStaffOfRegions("Claude Dossier", "76");
		this.reviewer = "relecteur-" + UUID.randomUUID() + "@apec.test";
		this.reviewerId = this.accounts.createAccount(this.reviewer, "Relecture-2026!", "Renée Conflit",
				EnumSet.of(Role.REVIEWER));
		this.secret = "Note privée " + UUID.randomUUID();
		this.draft = this.test.newCompleteDraftWithEverything("Projet en dossier");
		this.submissions.submit(this.draft.id(), as(this.draft.member()), true);
		this.test.joinFirstRound(this.draft);
		this.messages.write(this.draft.id(), as(this.draft.member()), "Voici le bilan demandé.",
				new MessageUpload("bilan 2025.pdf", TestFiles.pdf()));
		Acting.asStaff(this.staff, () -> {
			this.staffApplications.putInReview(this.draft.id(), as(this.staff));
			this.notes.add(this.draft.id(), as(this.staff), this.secret);
			this.assignments.assign(this.draft.id(), this.reviewerId, as(this.staff));
		});
		Acting.as(this.reviewer, "REVIEWER", () -> {
			this.workspace.declare(this.draft.id(), as(this.reviewer), true);
			return null;
		});
	}

	@AfterEach
	void deliverWhatWasQueued() {
		TestMail.deliverAll(this.outbox);
	}

	@Test
	void theZipHoldsThePdfDocumentsMessagesReviewsNotesHistoryAndJournal() throws Exception {
		MvcResult result = this.mvc.perform(get(path()).with(user(this.staff).roles("STAFF")))
			.andExpect(status().isOk())
			.andReturn();
		String reference = (String) this.test.row(this.draft.id()).get("reference");
		assertThat(result.getResponse().getContentType()).isEqualTo("application/zip");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains(reference + "-dossier.zip");
		Map<String, byte[]> entries = unzip(result.getResponse().getContentAsByteArray());

		long messageId = Acting.asStaff(this.staff,
				() -> this.messages.threadForStaff(this.draft.id()).messages().get(0).id());
		assertThat(entries.keySet()).containsExactly(reference + ".pdf", "documents/statutes.pdf",
				"messages/" + messageId + "-bilan 2025.pdf", "messages/messages.txt", "evaluation.txt",
				"notes-internes.txt", "historique.txt");
		assertThat(new String(entries.get(reference + ".pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(entries.get("messages/" + messageId + "-bilan 2025.pdf")).isEqualTo(TestFiles.pdf());
		assertThat(text(entries, "messages/messages.txt")).contains("Voici le bilan demandé.")
			.contains("Fichier joint : " + messageId + "-bilan 2025.pdf").contains("\r\n");
		assertThat(text(entries, "evaluation.txt")).contains("Renée Conflit : conflit d'intérêts déclaré, ne note pas")
			.contains("Avis des équipes régionales");
		assertThat(text(entries, "notes-internes.txt")).contains(this.secret).contains("Claude Dossier");
		assertThat(text(entries, "historique.txt")).contains("Déposée → En instruction (Claude Dossier)")
			.contains("Note interne").contains("Téléchargement du PDF — ")
			.containsPattern("— \\d{1,2} \\p{L}+ \\d{4} \\d{2}:\\d{2} : Brouillon → Déposée");
		// the PDF in the dossier is the applicant's: no private note in it
		assertThat(pdfText(entries.get(reference + ".pdf"))).contains("Projet en dossier").doesNotContain(this.secret);
	}

	@Test
	void privateNotesAreInNoExportTheApplicantGets() throws Exception {
		byte[] pdf = this.mvc.perform(get("/espace/candidatures/" + this.draft.id() + "/pdf")
			.with(user(this.draft.member()).roles("APPLICANT"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(pdfText(pdf)).contains("Projet en dossier").doesNotContain(this.secret);
		String page = this.mvc.perform(get("/espace/candidatures/" + this.draft.id())
			.with(user(this.draft.member()).roles("APPLICANT"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Voici le bilan demandé.").doesNotContain(this.secret);
		// nor in the staff inbox's files, whose columns say nothing of notes
		byte[] csv = this.mvc.perform(get("/gestion/candidatures/export.csv").param("q", "Projet en dossier")
			.with(user(this.staff).roles("STAFF"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Projet en dossier").doesNotContain(this.secret);
		// while staff's dossier holds it: the searches above would have found it
		assertThat(text(unzip(dossierBytes()), "notes-internes.txt")).contains(this.secret);
	}

	@Test
	void applicantsAndReviewersGet403AndAnIdStaffMayNotSeeGets404() throws Exception {
		this.mvc.perform(get(path()).with(user(this.draft.member()).roles("APPLICANT"))).andExpect(status().isForbidden());
		this.mvc.perform(get(path()).with(user(this.reviewer).roles("REVIEWER"))).andExpect(status().isForbidden());
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> Acting.as(this.reviewer, "REVIEWER",
				() -> {
					this.dossier.write(this.draft.id(), as(this.reviewer), new ByteArrayOutputStream());
					return null;
				}));
		TestApplications.Draft unsubmitted = this.test.newDraft("Brouillon jamais déposé");
		for (String path : new String[] { "/gestion/candidatures/999999999/dossier.zip",
				"/gestion/candidatures/" + unsubmitted.id() + "/dossier.zip",
				"/gestion/candidatures/99999999999999999999/dossier.zip" }) {
			MvcResult answer = this.mvc.perform(get(path).with(user(this.staff).roles("STAFF")))
				.andExpect(status().isNotFound())
				.andReturn();
			assertThat(answer.getResponse().getHeader("Content-Disposition")).as(path).isNull();
		}
	}

	private String path() {
		return "/gestion/candidatures/" + this.draft.id() + "/dossier.zip";
	}

	private byte[] dossierBytes() throws Exception {
		return this.mvc.perform(get(path()).with(user(this.staff).roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private static String text(Map<String, byte[]> entries, String name) {
		String text = new String(entries.get(name), StandardCharsets.UTF_8);
		assertThat(text).as(name).startsWith("\uFEFF");
		return text;
	}

	private static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return Text.plainSpaces(new PDFTextStripper().getText(document)).replaceAll("\\s+", " ");
		}
	}

}
