package fr.apec.novapec.application;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fr.apec.novapec.organisation.TestFiles;
import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.StatementCounter;
import fr.apec.novapec.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import static fr.apec.novapec.support.Races.await;
import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The thread of an application between its organisation's members and Apec staff: messages with or
 * without a file, files checked as the vault checks them, a mail to every member when staff write, and a
 * 404 for anyone outside the organisation and for every id that is not of that application.
 */
@IntegrationTest
class ApplicationMessagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	ApplicationTransitions transitions;

	@Autowired
	ApplicationMessages messages;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestApplications test;

	String staff;

	@BeforeEach
	void helpers() {
		this.staff = this.test.organisations().newStaff("Camille Instructrice");
	}

	/** Leaves no mail of these tests waiting in the outbox, where it would delay other tests' mail. */
	@AfterEach
	void deliverWhatWasQueued() {
		TestMail.deliverAll(this.outbox);
	}

	@Test
	void aMemberWritesAndStaffReadItWithTheApplicantAwaitingAnAnswer() throws Exception {
		TestApplications.Draft draft = this.test.newSubmitted("Projet bavard");
		String base = "/espace/candidatures/" + draft.id();
		this.mvc.perform(member(multipart(base + "/messages").param("text", "Bonjour,\r\nle budget est-il clair ?  "), draft))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(base + "#messages"))
			.andExpect(flash().attribute("notice", "Votre message a été envoyé à l'équipe Novapec."));

		MessageThread thread = this.messages.thread(draft.id(), as(draft.member()));
		assertThat(thread.messages()).singleElement().satisfies((message) -> {
			assertThat(message.body()).isEqualTo("Bonjour,\nle budget est-il clair ?");
			assertThat(message.fromStaff()).isFalse();
			assertThat(message.authorName()).isEqualTo("Membre");
		});
		String page = page(get(base), draft.member(), "APPLICANT");
		assertThat(page).contains("Messages avec l'équipe Novapec").contains("<strong>Membre</strong>")
			.contains("Bonjour,\nle budget est-il clair ?")
			.containsPattern("\\d{1,2} [a-zéû]+ \\d{4} à \\d{2}:\\d{2}");

		String staffPage = page(get("/gestion/candidatures/" + draft.id()), this.staff, "STAFF");
		assertThat(staffPage).contains("Bonjour,\nle budget est-il clair ?").contains("Écrire à l'organisation");
		assertThat(Acting.asStaff(this.staff, () -> this.messages.threadForStaff(draft.id())).awaitingStaff()).isTrue();
		assertThat(page(get("/gestion/candidatures?statut=SUBMITTED"), this.staff, "STAFF"))
			.containsPattern("Projet bavard</a></td>\\s*<td class=\"reference\">NOVA-[^<]*</td>\\s*<td>[^<]*</td>\\s*<td>Déposée</td>\\s*<td>[^<]*</td>\\s*<td>[^<]*</td>\\s*<td class=\"amount\">[^<]*</td>\\s*<td class=\"amount\">[^<]*</td>\\s*<td><strong class=\"badge-awaiting\">Réponse attendue");
	}

	@Test
	void staffWriteAndEveryMemberGetsAMailWithALinkButNotTheMessage() throws Exception {
		TestApplications.Draft draft = this.test.newSubmitted("Projet suivi");
		String second = this.test.organisations().newApplicant("Second membre");
		this.test.organisations().addMember(draft.organisationId(), second);
		this.mvc.perform(multipart("/gestion/candidatures/" + draft.id() + "/messages")
			.param("text", "Merci d'envoyer le RIB de l'association, IBAN FR76 secret.")
			.with(user(this.staff).roles("STAFF"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/gestion/candidatures/" + draft.id() + "#messages"));

		TestMail.deliverAll(this.outbox);
		for (String member : List.of(draft.member(), second)) {
			List<MimeMessage> mails = TestMail.to(member).stream()
				.filter((m) -> subject(m).contains("un message de l'équipe"))
				.toList();
			assertThat(mails).as(member).hasSize(1);
			assertThat(TestMail.link(mails.get(0), "/espace/candidatures/")).isEqualTo("/espace/candidatures/" + draft.id());
			assertThat(TestMail.text(mails.get(0))).doesNotContain("IBAN").doesNotContain("secret");
		}
		String page = page(get("/espace/candidatures/" + draft.id()), second, "APPLICANT");
		assertThat(page).contains("<strong>Équipe Novapec</strong>").doesNotContain("Camille Instructrice")
			.contains("Merci d'envoyer le RIB de l'association, IBAN FR76 secret.");
		assertThat(page(get("/gestion/candidatures/" + draft.id()), this.staff, "STAFF"))
			.contains("Équipe Novapec (Camille Instructrice)");
		assertThat(Acting.asStaff(this.staff, () -> this.messages.threadForStaff(draft.id())).awaitingStaff()).isFalse();
	}

	@Test
	void anAttachedFileIsDownloadedIdenticalByMembersAndStaff() throws Exception {
		TestApplications.Draft draft = this.test.newSubmitted("Projet joint");
		byte[] pdf = TestFiles.pdf();
		this.mvc.perform(member(multipart("/espace/candidatures/" + draft.id() + "/messages")
			.file(new MockMultipartFile("file", "C:\\Documents\\budget révisé.pdf", "application/pdf", pdf))
			.param("text", "Voici le budget révisé."), draft)).andExpect(status().is3xxRedirection());
		ThreadMessage message = this.messages.thread(draft.id(), as(draft.member())).messages().get(0);
		assertThat(message.files()).singleElement().satisfies((file) -> {
			assertThat(file.originalName()).isEqualTo("budget révisé.pdf");
			assertThat(file.mediaType()).isEqualTo("application/pdf");
			assertThat(file.sizeBytes()).isEqualTo(pdf.length);
		});
		String path = "/messages/" + message.id() + "/fichiers/" + message.files().get(0).id();
		assertThat(page(get("/espace/candidatures/" + draft.id()), draft.member(), "APPLICANT"))
			.contains("href=\"/espace/candidatures/" + draft.id() + path + "\"");

		byte[] downloaded = this.mvc.perform(get("/espace/candidatures/" + draft.id() + path)
			.with(user(draft.member()).roles("APPLICANT")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("budget%20r%C3%A9vis%C3%A9.pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf);
		assertThat(this.mvc.perform(get("/gestion/candidatures/" + draft.id() + path).with(user(this.staff).roles("STAFF")))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(pdf);
		assertThat(this.jdbc.sql("select sha256 from application_message_file where message_id = ?")
			.param(message.id())
			.query(String.class)
			.single()).matches("[0-9a-f]{64}");
	}

	@Test
	void theThreadIsReadInTheSameStatementsForOneMessageAsForManyWithFiles() {
		TestApplications.Draft one = this.test.newSubmitted("Projet laconique");
		this.messages.write(one.id(), as(one.member()), "Un seul message", null);
		TestApplications.Draft many = this.test.newSubmitted("Projet prolixe");
		for (int n = 0; n < 4; n++) {
			this.messages.write(many.id(), as(many.member()), "Message " + n, new MessageUpload("p.pdf", TestFiles.pdf()));
			String reply = "Réponse " + n;
			Acting.asStaff(this.staff, () -> this.messages.writeAsStaff(many.id(), as(this.staff), reply,
					new MessageUpload("r.png", TestFiles.png())));
		}
		StatementCounter.reset();
		assertThat(Acting.asStaff(this.staff, () -> this.messages.threadForStaff(one.id())).messages()).hasSize(1);
		long forOne = StatementCounter.count();
		StatementCounter.reset();
		assertThat(Acting.asStaff(this.staff, () -> this.messages.threadForStaff(many.id())).messages()).hasSize(8)
			.allSatisfy((message) -> assertThat(message.files()).hasSize(1))
			.allSatisfy((message) -> assertThat(message.authorName()).isNotBlank());
		long forMany = StatementCounter.count();
		// the application's state, the messages with their files (never their bytes), the authors' names
		assertThat(forOne).isEqualTo(forMany).isLessThanOrEqualTo(3);
	}

	@Test
	void aRenamedProgramIsRefusedBesideTheFileFieldWithTheTextKeptAndNothingSaved() throws Exception {
		TestApplications.Draft draft = this.test.newSubmitted("Projet piégé");
		String page = refused(draft, new MockMultipartFile("file", "budget.pdf", "application/pdf", TestFiles.exe()),
				"Mon texte à garder\nsur deux lignes");
		assertThat(page).contains("id=\"file-error\"")
			.contains("Ce fichier n'est pas d'un type accepté")
			.contains("Mon texte à garder\nsur deux lignes");
		assertThat(messageCount(draft.id())).isZero();
	}

	@Test
	void aFileOverTenMegabytesIsRefusedWithTheTextKeptAndNothingSaved() throws Exception {
		TestApplications.Draft draft = this.test.newSubmitted("Projet lourd");
		String page = refused(draft, new MockMultipartFile("file", "gros.pdf", "application/pdf",
				TestFiles.pdfOfSize((int) ApplicationMessages.MAX_FILE_SIZE + 1)), "Le gros fichier");
		assertThat(page).contains("id=\"file-error\"").contains("Ce fichier dépasse 10 Mo").contains("Le gros fichier");
		assertThat(messageCount(draft.id())).isZero();
	}

	@Test
	void anEmptyOrTooLongMessageIsRefusedBesideTheTextAndNothingSaved() throws Exception {
		TestApplications.Draft draft = this.test.newSubmitted("Projet muet");
		assertThat(refused(draft, null, "  \r\n  ")).contains("id=\"text-error\"").contains("Écrivez votre message.");
		String tooLong = "a".repeat(ApplicationMessages.MAX_LENGTH + 1);
		assertThat(refused(draft, null, tooLong)).contains("Le message ne doit pas dépasser 5 000 caractères.")
			.contains(tooLong);
		assertThat(messageCount(draft.id())).isZero();
		// Exactly the longest text passes, its line breaks counted once.
		this.messages.write(draft.id(), as(draft.member()), "a".repeat(ApplicationMessages.MAX_LENGTH - 2) + "\r\nb", null);
		assertThat(messageCount(draft.id())).isEqualTo(1);
	}

	@Test
	void theThreadIsClosedOnADraftAndOnAWithdrawnApplication() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Projet en cours");
		String base = "/espace/candidatures/" + draft.id();
		assertThat(page(get(base), draft.member(), "APPLICANT"))
			.contains("La messagerie avec l'équipe Novapec s'ouvre quand la candidature est déposée.")
			.doesNotContain("action=\"" + base + "/messages\"");
		this.mvc.perform(member(multipart(base + "/messages").param("text", "Trop tôt"), draft))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("alert", containsString("s'ouvre quand la candidature est déposée")));
		TestApplications.Draft withdrawn = this.test.newSubmitted("Projet retiré");
		this.transitions.withdraw(withdrawn.id(), as(withdrawn.member()), null);
		this.mvc.perform(member(multipart("/espace/candidatures/" + withdrawn.id() + "/messages").param("text", "Trop tard"), withdrawn))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("alert", containsString("retirée")));
		this.mvc.perform(multipart("/gestion/candidatures/" + withdrawn.id() + "/messages").param("text", "Trop tard")
			.with(user(this.staff).roles("STAFF"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(messageCount(draft.id()) + messageCount(withdrawn.id())).isZero();
	}

	@Test
	void aMemberOfAnotherOrganisationGets404OnWritingAndOnEveryGuessedFile() throws Exception {
		TestApplications.Draft a = this.test.newSubmitted("Projet secret de A");
		TestApplications.Draft b = this.test.newSubmitted("Projet de B");
		long messageA = this.messages.write(a.id(), as(a.member()), "Pièce de A", new MessageUpload("a.pdf", TestFiles.pdf()));
		long messageB = this.messages.write(b.id(), as(b.member()), "Pièce de B", new MessageUpload("b.png", TestFiles.png()));
		long fileA = fileOf(messageA);
		long fileB = fileOf(messageB);

		this.mvc.perform(member(multipart("/espace/candidatures/" + a.id() + "/messages").param("text", "Intrus"), b))
			.andExpect(status().isNotFound());
		assertThat(messageCount(a.id())).isEqualTo(1);
		String own = "/espace/candidatures/" + b.id();
		for (String path : List.of(
				"/espace/candidatures/" + a.id() + "/messages/" + messageA + "/fichiers/" + fileA,
				"/espace/candidatures/" + a.id() + "/messages",
				// A's message and file through B's own application, and B's file under A's message.
				own + "/messages/" + messageA + "/fichiers/" + fileA,
				own + "/messages/" + messageB + "/fichiers/" + fileA,
				own + "/messages/" + messageA + "/fichiers/" + fileB,
				own + "/messages/" + messageB + "/fichiers/" + (fileB + 1_000_000),
				own + "/messages/" + messageB + "/fichiers/99999999999999999999999")) {
			this.mvc.perform(get(path).with(user(b.member()).roles("APPLICANT")))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get(own + "/messages/" + messageB + "/fichiers/" + fileB).with(user(b.member()).roles("APPLICANT")))
			.andExpect(status().isOk());
		// Staff too: a file answers only under its own message and application.
		this.mvc.perform(get("/gestion/candidatures/" + b.id() + "/messages/" + messageA + "/fichiers/" + fileA)
			.with(user(this.staff).roles("STAFF"))).andExpect(status().isNotFound());
	}

	@Test
	void aMessageWrittenWhileTheApplicationIsBeingWithdrawnIsRefusedAndNeverLeftOnTheClosedThread() throws Exception {
		TestApplications.Draft draft = this.test.newSubmitted("Projet qui s'en va");
		CountDownLatch withdrawn = new CountDownLatch(1);
		CountDownLatch writing = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			// The withdrawal is made but not committed while the member writes; it commits a moment later.
			Future<?> withdrawal = executor.submit(() -> this.transactions.executeWithoutResult((status) -> {
				this.transitions.withdraw(draft.id(), as(draft.member()), "Financé ailleurs");
				withdrawn.countDown();
				await(writing);
				sleep();
			}));
			Future<Long> message = executor.submit(() -> {
				await(withdrawn);
				writing.countDown();
				return this.messages.write(draft.id(), as(draft.member()), "Encore une question", null);
			});
			withdrawal.get(30, TimeUnit.SECONDS);
			assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> message.get(30, TimeUnit.SECONDS))
				.withCauseInstanceOf(MessageThreadClosedException.class);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.test.row(draft.id())).containsEntry("status", "WITHDRAWN");
		assertThat(messageCount(draft.id())).isZero();
	}

	@Test
	void aDoubleClickWritesTwoMessagesAndLosesNothing() {
		TestApplications.Draft draft = this.test.newSubmitted("Projet au double clic");
		this.messages.write(draft.id(), as(draft.member()), "Même texte", null);
		this.messages.write(draft.id(), as(draft.member()), "Même texte", null);
		assertThat(this.messages.thread(draft.id(), as(draft.member())).messages()).extracting(ThreadMessage::body)
			.containsExactly("Même texte", "Même texte");
	}

	private static void sleep() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private String refused(TestApplications.Draft draft, MockMultipartFile file, String text) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/espace/candidatures/" + draft.id() + "/messages");
		if (file != null) {
			request.file(file);
		}
		return HtmlUtils.htmlUnescape(this.mvc.perform(member(request.param("text", text), draft))
			.andExpect(status().isOk())
			.andExpect(view().name("application/show"))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B member(B request, TestApplications.Draft draft) {
		return request.with(user(draft.member()).roles("APPLICANT")).with(csrf());
	}

	private String page(MockHttpServletRequestBuilder request, String email, String role) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.perform(request.with(user(email).roles(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private int messageCount(long applicationId) {
		return this.jdbc.sql("select count(*) from application_message where application_id = ?")
			.param(applicationId)
			.query(Integer.class)
			.single();
	}

	private long fileOf(long messageId) {
		return this.jdbc.sql("select id from application_message_file where message_id = ?")
			.param(messageId)
			.query(Long.class)
			.single();
	}

	static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
