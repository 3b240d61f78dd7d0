package fr.apec.novapec.shared.mail;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox: mail in French with an HTML and a text part, and retried when no SMTP server answers. */
@IntegrationTest
class MailOutboxTests {

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ITemplateEngine templates;

	@Autowired
	MessageSource messages;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aMailIsSentInFrenchWithAnHtmlAndAPlainTextPart() throws Exception {
		String to = "lecteur-" + UUID.randomUUID() + "@exemple.fr";
		this.transaction.executeWithoutResult((status) -> this.outbox.enqueue(to, "reset-password",
				Map.of("name", "Camille", "link", "/mot-de-passe/nouveau?jeton=abc")));
		this.outbox.sendDue();
		MimeMessage mail = TestMail.to(to).get(0);
		assertThat(mail.getSubject()).isEqualTo("Choisissez un nouveau mot de passe Novapec");
		String raw = TestMail.text(mail);
		assertThat(raw).contains("text/plain").contains("text/html").contains("Bonjour Camille,");
		assertThat(TestMail.link(mail, "/mot-de-passe/nouveau")).isEqualTo("/mot-de-passe/nouveau?jeton=abc");
	}

	@Test
	void aMailQueuedByAnActionThatRollsBackIsNeverSent() {
		String to = "annule-" + UUID.randomUUID() + "@exemple.fr";
		this.transaction.executeWithoutResult((status) -> {
			this.outbox.enqueue(to, "password-changed", Map.of("name", "Camille"));
			status.setRollbackOnly();
		});
		this.outbox.sendDue();
		assertThat(TestMail.to(to)).isEmpty();
	}

	@Test
	void whenNoSmtpServerAnswersTheMailWaitsAndIsRetriedLater() {
		String to = "patient-" + UUID.randomUUID() + "@exemple.fr";
		this.transaction.executeWithoutResult((status) -> this.outbox.enqueue(to, "password-changed", Map.of("name", "Camille")));

		MailOutbox withoutSmtp = outboxWithoutSmtp();
		this.transaction.executeWithoutResult((status) -> withoutSmtp.sendDue());

		List<Map<String, Object>> row = this.jdbc.sql("""
				select attempts, sent_at, last_error, next_attempt_at > now() as later from mail_outbox where recipient = ?""")
			.param(to).query().listOfRows();
		assertThat(row).singleElement().satisfies((r) -> {
			assertThat(r.get("attempts")).isEqualTo(1);
			assertThat(r.get("sent_at")).isNull();
			assertThat((String) r.get("last_error")).isNotBlank();
			assertThat(r.get("later")).isEqualTo(true);
		});

		this.outbox.sendDue();
		assertThat(TestMail.to(to)).as("not due yet").isEmpty();
		this.jdbc.sql("update mail_outbox set next_attempt_at = now() where recipient = ?").param(to).update();
		this.outbox.sendDue();
		assertThat(TestMail.to(to)).hasSize(1);
	}


	@Test
	void mailSentMoreThanNinetyDaysAgoIsForgottenButNotMailStillWaiting() {
		String old = "ancien-" + UUID.randomUUID() + "@exemple.fr";
		String waiting = "attente-" + UUID.randomUUID() + "@exemple.fr";
		for (String to : List.of(old, waiting)) {
			this.jdbc.sql("""
					insert into mail_outbox (recipient, subject, text_body, html_body, sent_at)
					values (?, 's', 't', 'h', case when ? then now() - interval '91 days' end)""")
				.params(to, to.equals(old)).update();
		}
		this.outbox.forgetOldMail();
		assertThat(this.jdbc.sql("select recipient from mail_outbox where recipient in (?, ?)").params(old, waiting)
			.query(String.class).list()).containsExactly(waiting);
	}

	@Test
	void aMailCarriesItsAttachmentsAsRealMimeAttachments() throws Exception {
		String to = "piece-jointe-" + UUID.randomUUID() + "@exemple.fr";
		byte[] pdf = "%PDF-1.7\n% une pièce\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		this.transaction.executeWithoutResult((status) -> this.outbox.enqueue(to, null, "password-changed",
				Map.of("name", "Camille"), List.of(new MailAttachment("dossier-été.pdf", "application/pdf", pdf))));
		this.outbox.sendDue();
		MimeMessage mail = TestMail.to(to).get(0);
		assertThat(mail.getContentType()).startsWith("multipart/mixed");
		jakarta.mail.Part attachment = attachment(mail);
		assertThat(attachment.getContentType()).startsWith("application/pdf");
		assertThat(jakarta.mail.internet.MimeUtility.decodeText(attachment.getFileName())).isEqualTo("dossier-été.pdf");
		assertThat(attachment.getDisposition()).isEqualTo(jakarta.mail.Part.ATTACHMENT);
		assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(pdf);
		assertThat(TestMail.text(mail)).contains("text/plain").contains("text/html");
	}

	@Test
	void aMailWhoseSendingFailedKeepsItsAttachmentForTheRetry() throws Exception {
		String to = "retry-piece-" + UUID.randomUUID() + "@exemple.fr";
		byte[] pdf = ("%PDF-1.7\n% " + UUID.randomUUID() + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		this.transaction.executeWithoutResult((status) -> this.outbox.enqueue(to, null, "password-changed",
				Map.of("name", "Camille"), List.of(new MailAttachment("dossier.pdf", "application/pdf", pdf))));
		MailOutbox withoutSmtp = outboxWithoutSmtp();
		this.transaction.executeWithoutResult((status) -> withoutSmtp.sendDue());
		assertThat(this.jdbc.sql("select attempts from mail_outbox where recipient = ?").param(to).query(Integer.class)
			.single()).isEqualTo(1);

		this.jdbc.sql("update mail_outbox set next_attempt_at = now() where recipient = ?").param(to).update();
		this.outbox.sendDue();
		MimeMessage mail = TestMail.to(to).get(0);
		assertThat(attachment(mail).getInputStream().readAllBytes()).isEqualTo(pdf);
	}

	@Test
	void forgettingAnOldMailDeletesItsAttachmentsWithIt() {
		String old = "ancien-pj-" + UUID.randomUUID() + "@exemple.fr";
		this.transaction.executeWithoutResult((status) -> this.outbox.enqueue(old, null, "password-changed",
				Map.of("name", "Camille"), List.of(new MailAttachment("a.pdf", "application/pdf", new byte[] { 1 }))));
		long id = this.jdbc.sql("select id from mail_outbox where recipient = ?").param(old).query(Long.class).single();
		this.jdbc.sql("update mail_outbox set sent_at = now() - interval '91 days' where id = ?").param(id).update();
		assertThat(attachments(id)).isEqualTo(1);
		this.outbox.forgetOldMail();
		assertThat(attachments(id)).isZero();
		assertThat(this.jdbc.sql("select count(*) from mail_outbox where id = ?").param(id).query(Integer.class).single())
			.isZero();
	}

	private int attachments(long mailId) {
		return this.jdbc.sql("select count(*) from mail_attachment where mail_id = ?").param(mailId)
			.query(Integer.class).single();
	}

	/** The one part of the message marked as an attachment. */
	static jakarta.mail.Part attachment(MimeMessage mail) {
		List<jakarta.mail.Part> found = TestMail.attachments(mail);
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	/** The same outbox, but sending through a port where no SMTP server answers. */
	private MailOutbox outboxWithoutSmtp() {
		JavaMailSenderImpl closed = new JavaMailSenderImpl();
		closed.setHost("127.0.0.1");
		closed.setPort(1);
		return new MailOutbox(this.jdbc, this.templates, this.messages, closed, "novapec@apec.fr",
				"http://localhost:8080");
	}

}
