package fr.apec.novapec.shared.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import fr.apec.novapec.shared.Retention;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every mail of the portal: rendered from a Thymeleaf template in the reader's language (an HTML part
 * from {@code templates/mail/NAME.html} and a plain-text part from {@code templates/mail/NAME.txt}, the
 * subject from the message {@code mail.NAME.subject}), written to an outbox table in the caller's
 * transaction, and delivered by a scheduled job. When no SMTP server answers, the action that sent the
 * mail has still completed; the failure is logged and the mail retried with a growing delay.
 */
@Service
public class MailOutbox {

	static final int BATCH = 20;

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private static final List<Duration> RETRY_DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
			Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6));

	private final JdbcClient jdbc;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final JavaMailSender smtp;

	private final String from;

	private final String baseUrl;

	MailOutbox(JdbcClient jdbc, ITemplateEngine templates, MessageSource messages, JavaMailSender smtp,
			@Value("${novapec.mail.from}") String from, @Value("${novapec.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.templates = templates;
		this.messages = messages;
		this.smtp = smtp;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * Queues a mail in the current transaction, so that it leaves only if the action commits.
	 * @param template the name of the templates under {@code templates/mail/}
	 * @param model the template's variables; {@code baseUrl} is added for links
	 * @param subjectArguments arguments of the subject message
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(String recipient, String template, Map<String, Object> model, Object... subjectArguments) {
		enqueue(recipient, null, template, model, List.of(), subjectArguments);
	}

	/**
	 * Queues a mail with files attached, in the current transaction like {@link #enqueue(String, String, Map,
	 * Object...)}. The files are kept with the mail until it is forgotten, so a delivery that fails sends
	 * them again on the next try.
	 * @param locale the reader's language, or null for the language of the current request (French in a
	 * background job)
	 * @param attachments the files, attached in this order
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(String recipient, Locale locale, String template, Map<String, Object> model,
			List<MailAttachment> attachments, Object... subjectArguments) {
		// In a request, the reader's language; in a background job, French.
		Locale language = (locale != null) ? locale
				: (LocaleContextHolder.getLocaleContext() != null) ? LocaleContextHolder.getLocale() : Locale.FRANCE;
		Context context = new Context(language, model);
		context.setVariable("baseUrl", this.baseUrl);
		String html = this.templates.process("mail/" + template, context);
		String text = this.templates.process("mail/" + template + ".txt", context);
		String subject = this.messages.getMessage("mail." + template + ".subject", subjectArguments, language);
		long id = this.jdbc.sql("""
				insert into mail_outbox (recipient, subject, text_body, html_body)
				values (:recipient, :subject, :text, :html) returning id""")
			.param("recipient", recipient)
			.param("subject", subject)
			.param("text", text)
			.param("html", html)
			.query(Long.class)
			.single();
		int position = 1;
		for (MailAttachment attachment : attachments) {
			this.jdbc.sql("""
					insert into mail_attachment (mail_id, position, file_name, media_type, content)
					values (:mail, :position, :name, :type, :content)""")
				.param("mail", id)
				.param("position", position++)
				.param("name", attachment.fileName())
				.param("type", attachment.mediaType())
				.param("content", attachment.content())
				.update();
		}
	}

	/**
	 * Sends the mails that are due, a batch at a time; several instances may run it at once, each takes
	 * other rows ({@code for update skip locked}).
	 * @return how many were sent
	 */
	@Scheduled(fixedDelayString = "${novapec.mail.send-interval:5s}", initialDelayString = "${novapec.mail.send-interval:5s}")
	@Transactional
	public int sendDue() {
		List<Pending> due = this.jdbc.sql("""
				select id, recipient, subject, text_body, html_body, attempts from mail_outbox
				where sent_at is null and next_attempt_at <= now()
				order by next_attempt_at, id limit :batch for update skip locked""")
			.param("batch", BATCH)
			.query(Pending.class)
			.list();
		int sent = 0;
		for (Pending mail : due) {
			try {
				this.smtp.send(mail.toMime(this.smtp, this.from, attachments(mail.id())));
				this.jdbc.sql("update mail_outbox set sent_at = now(), attempts = attempts + 1, last_error = null where id = ?")
					.param(mail.id())
					.update();
				sent++;
			}
			catch (MailException | MessagingException ex) {
				Duration delay = RETRY_DELAYS.get(Math.min(mail.attempts(), RETRY_DELAYS.size() - 1));
				log.warn("Mail {} to {} not sent (attempt {}), next try in {}: {}", mail.id(), mail.recipient(),
						mail.attempts() + 1, delay, ex.getMessage());
				this.jdbc.sql("""
						update mail_outbox set attempts = attempts + 1, next_attempt_at = :next, last_error = :error
						where id = :id""")
					.param("next", java.sql.Timestamp.from(Instant.now().plus(delay)))
					.param("error", String.valueOf(ex.getMessage()))
					.param("id", mail.id())
					.update();
			}
		}
		return sent;
	}

	/**
	 * Deletes, once a night, the mails sent more than 90 days ago: they hold personal data (names, links)
	 * that is no longer needed once delivered.
	 * @return how many were deleted
	 */
	@Scheduled(cron = "${novapec.mail.cleanup-cron:0 27 3 * * *}", zone = "Europe/Paris")
	@Transactional
	public int forgetOldMail() {
		return this.jdbc.sql("delete from mail_outbox where sent_at < now() - :kept * interval '1 second'")
			.param("kept", Retention.SENT_MAIL.toSeconds())
			.update();
	}

	private List<MailAttachment> attachments(long mailId) {
		return this.jdbc.sql("""
				select file_name, media_type, content from mail_attachment where mail_id = :mail order by position""")
			.param("mail", mailId)
			.query((rs, n) -> new MailAttachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.list();
	}

	private record Pending(long id, String recipient, String subject, String textBody, String htmlBody, int attempts) {

		MimeMessage toMime(JavaMailSender smtp, String from, List<MailAttachment> attachments)
				throws MessagingException {
			MimeMessage message = smtp.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(from);
			helper.setTo(this.recipient);
			helper.setSubject(this.subject);
			helper.setText(this.textBody, this.htmlBody);
			for (MailAttachment attachment : attachments) {
				helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
						attachment.mediaType());
				// Always base64: a file that happens to be plain ASCII would otherwise go as 7bit text and
				// have its line ends rewritten on the way.
				MimeMultipart root = helper.getRootMimeMultipart();
				root.getBodyPart(root.getCount() - 1).setHeader("Content-Transfer-Encoding", "base64");
			}
			return message;
		}

	}

}
