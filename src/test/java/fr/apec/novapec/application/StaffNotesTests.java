package fr.apec.novapec.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.TestMail;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff's private notes on an application: written from its staff page (text required, 4 000 characters
 * at most, what was typed kept on a refusal), listed there newest first with their authors, each a NOTE
 * line of the audit journal without its text. Only staff and administrators write or read them (an applicant
 * or a reviewer gets 403, by the URL rules and by the service); an applicant never meets a note's text: not
 * on their pages, not in the PDF, not in the thread, not in a mail.
 */
@IntegrationTest
class StaffNotesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApplications test;

	@Autowired
	StaffNotes notes;

	@Autowired
	ApplicationSubmissions submissions;

	@Autowired
	ApplicationMessages messages;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	String staff;

	@BeforeEach
	void staff() {
		this.staff = this.test.organisations().newStaff("Inès Notes");
	}

	@AfterEach
	void deliverWhatWasQueued() {
		TestMail.deliverAll(this.outbox);
	}

	@Test
	void staffWriteANoteFromTheStaffPageAndItIsListedAndJournalledWithoutItsText() throws Exception {
		TestApplications.Draft draft = this.test.newSubmitted("Notes écrites");
		String path = "/gestion/candidatures/" + draft.id();

		this.mvc.perform(post(path + "/notes").param("note", "Première impression :\r\nbudget solide.")
			.with(user(this.staff).roles("STAFF"))
			.with(csrf())).andExpect(redirectedUrl(path + "#notes"));
		Acting.asStaff(this.staff, () -> this.notes.add(draft.id(), as(this.staff), "Appeler la trésorière."));

		Element notes = page(path).getElementById("notes");
		List<Element> items = notes.select("ol li");
		assertThat(items).hasSize(2);
		assertThat(items.get(0).text()).contains("Appeler la trésorière.", "Inès Notes");
		assertThat(items.get(1).selectFirst(".message-body").wholeText()).isEqualTo("Première impression :\nbudget solide.");

		List<Map<String, Object>> lines = this.jdbc
			.sql("select * from audit_entry where application_id = ? and action = 'NOTE' order by id")
			.param(draft.id())
			.query()
			.listOfRows();
		assertThat(lines).hasSize(2).allSatisfy((line) -> {
			assertThat(line.get("actor_id")).isEqualTo(as(this.staff).id());
			assertThat(line.get("detail")).isNull();
		});
	}

	@Test
	void aBlankOrTooLongNoteIsRefusedBesideItsFieldWithWhatWasTypedKept() throws Exception {
		TestApplications.Draft draft = this.test.newSubmitted("Notes refusées");
		String path = "/gestion/candidatures/" + draft.id();

		Document blank = form(path, "   ");
		assertThat(blank.getElementById("note-error").text()).isEqualTo("Écrivez le texte de la note.");
		assertThat(blank.selectFirst(".error-summary a[href='#note']")).isNotNull();

		String tooLong = "x".repeat(StaffNotes.MAX_LENGTH + 1);
		Document refused = form(path, tooLong);
		assertThat(refused.getElementById("note-error").text()).contains("4 000");
		assertThat(refused.getElementById("note").wholeText()).isEqualTo(tooLong);
		assertThat(refused.getElementById("note").attr("aria-invalid")).isEqualTo("true");

		// Exactly the limit, its line breaks counted once, is kept.
		String longest = "y".repeat(StaffNotes.MAX_LENGTH - 2) + "\r\ny";
		this.mvc.perform(post(path + "/notes").param("note", longest).with(user(this.staff).roles("STAFF")).with(csrf()))
			.andExpect(redirectedUrl(path + "#notes"));
		assertThat(count(draft.id())).isOne();
	}

	@Test
	void applicantsAndReviewersGet403OnNotes() throws Exception {
		TestApplications.Draft draft = this.test.newSubmitted("Notes interdites");
		String path = "/gestion/candidatures/" + draft.id() + "/notes";

		this.mvc.perform(post(path).param("note", "Note de candidat").with(user(draft.member()).roles("APPLICANT")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(path).param("note", "Note de relecteur").with(user("relecteur@apec.test").roles("REVIEWER"))
			.with(csrf())).andExpect(status().isForbidden());
		// The service refuses them too, by the security context and by the roles of who acts.
		for (String role : List.of("APPLICANT", "REVIEWER")) {
			assertThatThrownBy(() -> Acting.as(draft.member(), role,
					() -> this.notes.add(draft.id(), as(draft.member()), "Note en douce")))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> Acting.as(draft.member(), role, () -> this.notes.notesOf(draft.id())))
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThatThrownBy(() -> Acting.asStaff(draft.member(),
				() -> this.notes.add(draft.id(), as(draft.member()), "Note d'un compte qui n'est pas de l'équipe")))
			.isInstanceOf(AccessDeniedException.class);
		// A draft is not the staff's: no note on it.
		TestApplications.Draft unsubmitted = this.test.newDraft("Notes sur un brouillon");
		this.mvc.perform(post("/gestion/candidatures/" + unsubmitted.id() + "/notes").param("note", "Trop tôt")
			.with(user(this.staff).roles("STAFF"))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(count(draft.id()) + count(unsubmitted.id())).isZero();
	}

	@Test
	void aNoteIsNeverShownToTheApplicantNeitherOnTheirPagesNorInThePdfNorInTheThread() throws Exception {
		TestApplications.Draft draft = this.test.newSubmitted("Notes cachées");
		String secret = "Note confidentielle " + UUID.randomUUID();
		Acting.asStaff(this.staff, () -> this.notes.add(draft.id(), as(this.staff), secret));
		Acting.asStaff(this.staff, () -> this.messages.writeAsStaff(draft.id(), as(this.staff), "Bonjour.", null));
		assertThat(page("/gestion/candidatures/" + draft.id()).text()).contains(secret);

		String base = "/espace/candidatures/" + draft.id();
		for (String path : List.of("/espace", "/espace/candidatures", base, base + "/projet", base + "/budget",
				base + "/documents", base + "/verification", base + "/retirer")) {
			String html = this.mvc.perform(get(path).with(user(draft.member()).roles("APPLICANT")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(path).doesNotContain(secret).doesNotContain("Note confidentielle");
		}
		byte[] pdf = this.mvc.perform(get(base + "/pdf").with(user(draft.member()).roles("APPLICANT")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(ApplicationReferenceTests.pdfText(pdf)).contains("Notes cachées").doesNotContain("confidentielle");
		assertThat(this.messages.thread(draft.id(), as(draft.member())).messages())
			.noneMatch((message) -> message.body().contains(secret));
		assertThat(this.jdbc.sql("select count(*) from mail_outbox where text_body like :secret or html_body like :secret")
			.param("secret", "%" + secret + "%")
			.query(Long.class)
			.single()).isZero();
	}

	private Document form(String path, String text) throws Exception {
		return Jsoup.parse(this.mvc
			.perform(post(path + "/notes").param("note", text).with(user(this.staff).roles("STAFF")).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user(this.staff).roles("STAFF")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private long count(long applicationId) {
		return this.jdbc.sql("select count(*) from application_note where application_id = ?")
			.param(applicationId)
			.query(Long.class)
			.single();
	}

}
