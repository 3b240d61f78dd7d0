package fr.apec.novapec.shared.mail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.Text;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mail the portal sends names an organisation as « l'organisation « Les Jardins » », which reads
 * correctly whatever the name (never « de Les Jardins » nor « par Les Jardins »): its subject, its text
 * part and its HTML part, in French and in English, rendered by the outbox as it queues them.
 */
@IntegrationTest
class MailWordingTests {

	static final String NAME = "Les Jardins";

	/** The mails that name the organisation: each must, so that a template dropping the name is noticed. */
	static final List<String> NAMING_THE_ORGANISATION = List.of("application-message", "application-status",
			"application-submitted", "organisation-invitation", "organisation-join-request", "report-approved",
			"report-returned");

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void everyMailNamesTheOrganisationAsLOrganisationInQuotes() throws IOException {
		List<String> templates = templates();
		assertThat(templates).containsAll(NAMING_THE_ORGANISATION);
		List<String> wrong = new ArrayList<>();
		for (Locale locale : List.of(Locale.FRANCE, Locale.ENGLISH)) {
			String named = (locale == Locale.FRANCE) ? "l'organisation « " + NAME + " »"
					: "the organisation “" + NAME + "”";
			String namedInEnglishText = "the organisation \"" + NAME + "\"";
			for (String template : templates) {
				Map<String, String> mail = queue(template, locale);
				for (Map.Entry<String, String> part : mail.entrySet()) {
					String text = part.getValue();
					int names = count(text, NAME);
					int wellNamed = count(text, named) + ((locale == Locale.ENGLISH) ? count(text, namedInEnglishText) : 0);
					if (names != wellNamed) {
						wrong.add(locale + " " + template + " " + part.getKey() + ": " + around(text, NAME));
					}
				}
				if (NAMING_THE_ORGANISATION.contains(template) && count(mail.get("text"), NAME) == 0) {
					wrong.add(locale + " " + template + ": the organisation is not named in its text");
				}
			}
		}
		assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
	}

	@Test
	void theJoinRequestAndTheSubmissionReceiptReadWellInFrench() {
		Map<String, String> request = queue("organisation-join-request", Locale.FRANCE);
		assertThat(request.get("subject"))
			.isEqualTo("Une demande pour rejoindre l'organisation « Les Jardins » sur Novapec");
		assertThat(request.get("text"))
			.contains("Chloé Demande (chloe@exemple.fr) demande à rejoindre l'organisation « Les Jardins » sur le portail Novapec.");
		assertThat(queue("application-submitted", Locale.FRANCE).get("html"))
			.contains("Votre candidature « Potager solidaire », présentée au nom de l'organisation « Les Jardins », a bien été déposée le 26 novembre 2026 à 14 h 05.");
		assertThat(queue("application-status", Locale.FRANCE).get("text"))
			.contains("La candidature « Potager solidaire » de l'organisation « Les Jardins » a changé d'état");
	}

	/** Queues the mail with every variable any template reads, and reads back what the outbox kept. */
	private Map<String, String> queue(String template, Locale locale) {
		String to = template + "-" + UUID.randomUUID() + "@exemple.fr";
		Map<String, Object> model = new HashMap<>();
		model.put("applicationId", 42L);
		model.put("title", "Potager solidaire");
		model.put("organisationName", NAME);
		model.put("organisationId", 7L);
		model.put("status", "RETURNED");
		model.put("meaning", "mail.application-status.RETURNED");
		model.put("event", "SUBMITTED");
		model.put("reference", "NOVA-2026-000042");
		model.put("notices", List.of());
		model.put("reason", "Précisez le budget.");
		model.put("submittedOn", "26 novembre 2026");
		model.put("submittedAt", "14 h 05");
		model.put("roundLabel", null);
		model.put("inviterName", "Camille Martin");
		model.put("invitedEmail", "invitee@exemple.fr");
		model.put("token", "jeton");
		model.put("validityDays", 7L);
		model.put("requesterName", "Chloé Demande");
		model.put("requesterEmail", "chloe@exemple.fr");
		model.put("kind", "INTERIM");
		model.put("kindSlug", "intermediaire");
		model.put("comment", "Ajoutez les chiffres.");
		model.put("name", "Camille");
		model.put("email", to);
		model.put("link", "/connexion");
		model.put("letter", new fr.apec.novapec.committee.DecisionLetter("NOVA-2026-000042", "Potager solidaire", NAME,
				"Session de novembre 2026", java.time.LocalDate.of(2026, 11, 26), true, new java.math.BigDecimal("45000.00"),
				fr.apec.novapec.budget.TranchePlan.standard(new java.math.BigDecimal("45000.00")), null,
				java.time.LocalDate.of(2026, 12, 2)));
		model.put("amount", "45 000,00 €");
		// The arguments each service gives the subject: the organisation's name for a join request, else the title.
		// The digest's subject counts its events.
		Object[] subject = template.equals("organisation-join-request") ? new Object[] { NAME }
				: template.equals("staff-digest") ? new Object[] { 2 }
				: new Object[] { "Potager solidaire", "À compléter" };
		this.transaction.executeWithoutResult((status) -> this.outbox.enqueue(to, locale, template, model, List.of(),
				subject));
		Map<String, Object> row = this.jdbc.sql("select subject, text_body, html_body from mail_outbox where recipient = ?")
			.param(to)
			.query()
			.singleRow();
		// Read, never sent: gone, so that it fills no batch of the outbox that another test sends.
		this.jdbc.sql("delete from mail_outbox where recipient = ?").param(to).update();
		return Map.of("subject", plain((String) row.get("subject")), "text", plain((String) row.get("text_body")),
				"html", plain(HtmlUtils.htmlUnescape(((String) row.get("html_body")).replaceAll("<[^>]*>", " "))));
	}

	private static List<String> templates() throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:templates/mail/*.txt");
		return Arrays.stream(found).map(Resource::getFilename).map((name) -> name.replace(".txt", "")).sorted().toList();
	}

	private static String plain(String text) {
		return Text.plainSpaces(text).replaceAll("\\s+", " ");
	}

	private static int count(String text, String part) {
		Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
		int n = 0;
		while (matcher.find()) {
			n++;
		}
		return n;
	}

	private static String around(String text, String part) {
		int at = text.indexOf(part);
		return (at < 0) ? text : text.substring(Math.max(0, at - 40), Math.min(text.length(), at + part.length() + 10));
	}

}
