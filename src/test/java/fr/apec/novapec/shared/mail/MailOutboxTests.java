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

		JavaMailSenderImpl closed = new JavaMailSenderImpl();
		closed.setHost("127.0.0.1");
		closed.setPort(1);
		MailOutbox withoutSmtp = new MailOutbox(this.jdbc, this.templates, this.messages, closed, "novapec@apec.fr",
				"http://localhost:8080");
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

}
