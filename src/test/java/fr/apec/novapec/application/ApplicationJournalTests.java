package fr.apec.novapec.application;

import java.util.List;
import java.util.Map;

import fr.apec.novapec.organisation.TestFiles;
import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.TestMail;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every action on an application leaves exactly one line in the audit journal, in its own transaction,
 * saying who acted, what they did (the two states of a change, a file's name) and why: submission and
 * resubmission, joining a round, withdrawal, return for changes, putting in review, the messages of the
 * applicant and of staff, and staff's downloads of the PDF, of an attached document and of a message's
 * file. An action refused leaves none. The staff page of the application shows its journal newest first
 * with the names of who acted.
 */
@IntegrationTest
class ApplicationJournalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApplications test;

	@Autowired
	ApplicationSubmissions submissions;

	@Autowired
	ApplicationTransitions transitions;

	@Autowired
	StaffApplications staffApplications;

	@Autowired
	ApplicationMessages messages;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	String staff;

	@BeforeEach
	void staff() {
		this.staff = this.test.newStaffOfRegions("Claire Journal", "76");
	}

	@AfterEach
	void deliverWhatWasQueued() {
		TestMail.deliverAll(this.outbox);
	}

	@Test
	void aSubmissionLeavesOneStatusChangeLineByTheMember() {
		TestApplications.Draft draft = this.test.newCompleteDraft("Journal du dépôt");
		assertThat(lines(draft.id())).isEmpty();

		this.submissions.submit(draft.id(), as(draft.member()), true);

		assertThat(lines(draft.id())).singleElement()
			.satisfies((line) -> assertLine(line, "STATUS_CHANGE", as(draft.member()).id(), "DRAFT → SUBMITTED", null));
	}

	@Test
	void joiningARoundLeavesOneLineNamingTheRound() {
		TestApplications.Draft draft = this.test.newSubmitted("Journal de la session");
		int before = lines(draft.id()).size();

		this.transitions.joinRound(draft.id(), firstRound());

		assertThat(added(draft.id(), before)).singleElement().satisfies((line) -> {
			assertThat(line.get("action")).isEqualTo("ROUND_JOINED");
			assertThat(line.get("actor_id")).as("the portal, not a person").isNull();
			assertThat((String) line.get("detail")).isNotBlank();
		});
	}

	@Test
	void aWithdrawalLeavesOneLineWithTheMembersReason() {
		TestApplications.Draft draft = this.test.newSubmitted("Journal du retrait");
		int before = lines(draft.id()).size();

		this.transitions.withdraw(draft.id(), as(draft.member()), "Le projet est reporté à l'an prochain.");

		assertThat(added(draft.id(), before)).singleElement()
			.satisfies((line) -> assertLine(line, "STATUS_CHANGE", as(draft.member()).id(), "SUBMITTED → WITHDRAWN",
					"Le projet est reporté à l'an prochain."));
	}

	@Test
	void aReturnForChangesLeavesOneLineByStaffWithTheReasonAndTheResubmissionAnother() {
		TestApplications.Draft draft = this.test.newSubmitted("Journal du renvoi");
		int before = lines(draft.id()).size();

		Acting.asStaff(this.staff, () -> this.staffApplications.returnForChanges(draft.id(), as(this.staff),
				"Ajoutez le budget détaillé."));

		// One line: the message that carries the reason to the thread is the same action, not a second one.
		assertThat(added(draft.id(), before)).singleElement()
			.satisfies((line) -> assertLine(line, "STATUS_CHANGE", as(this.staff).id(), "SUBMITTED → RETURNED",
					"Ajoutez le budget détaillé."));

		int returned = lines(draft.id()).size();
		this.submissions.submit(draft.id(), as(draft.member()), true);
		assertThat(added(draft.id(), returned)).singleElement()
			.satisfies((line) -> assertLine(line, "STATUS_CHANGE", as(draft.member()).id(), "RETURNED → SUBMITTED", null));
	}

	@Test
	void puttingInReviewLeavesOneLineByStaff() {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Journal de l'instruction");
		int before = lines(draft.id()).size();

		Acting.asStaff(this.staff, () -> this.staffApplications.putInReview(draft.id(), as(this.staff)));

		assertThat(added(draft.id(), before)).singleElement()
			.satisfies((line) -> assertLine(line, "STATUS_CHANGE", as(this.staff).id(), "SUBMITTED → IN_REVIEW", null));
	}

	@Test
	void aRefusedChangeLeavesNoLine() {
		TestApplications.Draft waiting = this.test.newSubmitted("Journal du refus");
		int before = lines(waiting.id()).size();

		assertThatThrownBy(() -> Acting.asStaff(this.staff,
				() -> this.staffApplications.putInReview(waiting.id(), as(this.staff))))
			.isInstanceOf(WaitingForRoundException.class);
		this.transitions.withdraw(waiting.id(), as(waiting.member()), null);
		assertThatThrownBy(() -> this.transitions.withdraw(waiting.id(), as(waiting.member()), null))
			.isInstanceOf(IllegalTransitionException.class);

		assertThat(added(waiting.id(), before)).singleElement()
			.satisfies((line) -> assertThat(line.get("detail")).isEqualTo("SUBMITTED → WITHDRAWN"));
	}

	@Test
	void eachMessageOfTheApplicantAndOfStaffLeavesOneLineWithItsFileButNotItsText() {
		TestApplications.Draft draft = this.test.newSubmitted("Journal des messages");
		int before = lines(draft.id()).size();

		this.messages.write(draft.id(), as(draft.member()), "Une question confidentielle sur le budget.",
				new MessageUpload("devis.pdf", TestFiles.pdf()));
		Acting.asStaff(this.staff,
				() -> this.messages.writeAsStaff(draft.id(), as(this.staff), "Voici la réponse.", null));

		List<Map<String, Object>> added = added(draft.id(), before);
		assertThat(added).hasSize(2);
		assertLine(added.get(0), "MESSAGE", as(draft.member()).id(), "devis.pdf", null);
		assertLine(added.get(1), "MESSAGE", as(this.staff).id(), null, null);
		assertThat(added).noneMatch((line) -> String.valueOf(line.get("detail")).contains("confidentielle"));
	}

	@Test
	void eachDownloadByStaffOfThePdfADocumentOrAMessageFileLeavesOneLine() throws Exception {
		TestApplications.Draft draft = this.test.newCompleteDraftWithEverything("Journal des téléchargements");
		this.submissions.submit(draft.id(), as(draft.member()), true);
		this.messages.write(draft.id(), as(draft.member()), "Le devis.", new MessageUpload("devis.pdf", TestFiles.pdf()));
		String base = "/gestion/candidatures/" + draft.id();
		MessageThread thread = Acting.asStaff(this.staff, () -> this.messages.threadForStaff(draft.id()));
		ThreadMessage message = thread.messages().get(0);
		long documentId = attachedDocument(draft.id());

		int before = lines(draft.id()).size();
		this.mvc.perform(get(base + "/pdf").with(user(this.staff).roles("STAFF"))).andExpect(status().isOk());
		assertThat(added(draft.id(), before)).singleElement()
			.satisfies((line) -> assertLine(line, "PDF_DOWNLOAD", as(this.staff).id(), ApplicationPdf.fileName(draft.id()),
					null));

		before = lines(draft.id()).size();
		this.mvc.perform(get(base + "/documents/" + documentId).with(user(this.staff).roles("STAFF")))
			.andExpect(status().isOk());
		assertThat(added(draft.id(), before)).singleElement()
			.satisfies((line) -> assertLine(line, "DOCUMENT_DOWNLOAD", as(this.staff).id(), "statutes.pdf", null));

		before = lines(draft.id()).size();
		this.mvc.perform(get(base + "/messages/" + message.id() + "/fichiers/" + message.files().get(0).id())
			.with(user(this.staff).roles("STAFF"))).andExpect(status().isOk());
		assertThat(added(draft.id(), before)).singleElement()
			.satisfies((line) -> assertLine(line, "DOCUMENT_DOWNLOAD", as(this.staff).id(), "devis.pdf", null));

		// A download refused (a document not attached to this application) leaves no line.
		before = lines(draft.id()).size();
		this.mvc.perform(get(base + "/documents/" + Long.MAX_VALUE).with(user(this.staff).roles("STAFF")))
			.andExpect(status().isNotFound());
		assertThat(added(draft.id(), before)).isEmpty();
	}

	@Test
	void theStaffPageShowsTheJournalNewestFirstWithWhoActed() throws Exception {
		TestApplications.Draft draft = this.test.newSubmitted("Journal affiché");
		Acting.asStaff(this.staff, () -> this.staffApplications.returnForChanges(draft.id(), as(this.staff),
				"Précisez le calendrier."));
		String member = as(draft.member()).displayName();

		String html = this.mvc.perform(get("/gestion/candidatures/" + draft.id()).with(user(this.staff).roles("STAFF")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Element journal = Jsoup.parse(html).getElementById("journal");
		List<Element> rows = journal.select("tbody tr");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).text()).contains("Changement de statut", "Claire Journal", "Déposée → À compléter",
				"Précisez le calendrier.");
		assertThat(rows.get(1).text()).contains("Changement de statut", member, "Brouillon → Déposée");
		assertThat(journal.selectFirst("a[href='/gestion/journal?candidature=" + draft.id() + "']")).isNotNull();
	}

	private long attachedDocument(long applicationId) {
		return this.jdbc.sql("select document_id from application_document where application_id = ?")
			.param(applicationId)
			.query(Long.class)
			.single();
	}

	private long firstRound() {
		return this.jdbc.sql("select id from selection_round order by id limit 1").query(Long.class).single();
	}

	private List<Map<String, Object>> lines(long applicationId) {
		return this.jdbc.sql("select * from audit_entry where application_id = ? order by id")
			.param(applicationId)
			.query()
			.listOfRows();
	}

	private List<Map<String, Object>> added(long applicationId, int before) {
		List<Map<String, Object>> all = lines(applicationId);
		return all.subList(before, all.size());
	}

	private static void assertLine(Map<String, Object> line, String action, long actor, String detail, String reason) {
		assertThat(line.get("action")).isEqualTo(action);
		assertThat(line.get("actor_id")).isEqualTo(actor);
		assertThat(line.get("detail")).isEqualTo(detail);
		assertThat(line.get("reason")).isEqualTo(reason);
		assertThat(line.get("at")).isNotNull();
	}

}
