package fr.apec.novapec.committee;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.laureate.LaureateRecords;
import fr.apec.novapec.selection.RoundAlreadyPublishedException;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.Races;
import fr.apec.novapec.support.TestMail;
import fr.apec.novapec.support.Text;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Publishing a round: every member of each decided application's organisation gets its decision letter in
 * PDF by mail, each selected application becomes a laureate showing only the fields shown by default, the
 * journal keeps a line per application; a round is published once, never while an application waits for a
 * decision, and only by staff.
 */
@IntegrationTest
class RoundPublicationTests {

	@org.junit.jupiter.api.AfterEach
	void forgetPublishedLaureates(@Autowired JdbcClient laureatesJdbc) {
		fr.apec.novapec.support.Rounds.forgetPublishedLaureates(laureatesJdbc);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApplications test;

	@Autowired
	SelectionService selection;

	@Autowired
	RoundPublication publication;

	@Autowired
	LaureateRecords laureates;

	@Autowired
	MailOutbox mail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	RoundsToPublish rounds;

	String staff;

	@BeforeEach
	void setUp() {
		this.rounds = new RoundsToPublish(this.selection, this.test);
		this.staff = this.test.organisations().newStaff("Camille Publication");
		TestMail.deliverAll(this.mail);
		TestMail.purge();
	}

	@Test
	void publishingCreatesTheLaureatesWithOnlyTheAgreedFieldsAndMailsEachMemberItsDecisionLetter() throws Exception {
		long round = this.rounds.newRound();
		TestApplications.Draft selected = this.rounds.selected("Ateliers de retour à l'emploi", round);
		String colleague = this.test.organisations().newApplicant("Collègue");
		this.test.organisations().addMember(selected.organisationId(), colleague);
		TestApplications.Draft rejected = this.rounds.rejected("Projet écarté par le comité", round);
		String outsider = this.test.organisations().newApplicant("Personne d'ailleurs");

		this.mvc.perform(post(publicationUrl(round)).with(staff()).with(csrf()))
			.andExpect(redirectedUrl(publicationUrl(round)))
			.andExpect(flash().attribute("notice", containsString("2 lettres de décision envoyées, 1 lauréats créés")));
		TestMail.deliverAll(this.mail);

		String committeeDay = this.rounds.committeeDate(round)
			.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH));
		for (String member : List.of(selected.member(), colleague)) {
			List<MimeMessage> received = decisionMails(member);
			assertThat(received).as(member).hasSize(1);
			assertThat(received.get(0).getSubject()).startsWith("Novapec : la décision du comité")
				.contains("Ateliers de retour à l'emploi");
			assertThat(letterText(received.get(0))).contains("Votre projet est lauréat du programme Novapec")
				.contains("Ateliers de retour à l'emploi")
				.contains("Organisation Ateliers de retour à l'emploi")
				.contains(committeeDay)
				.contains("subvention de 1 000,00 €")
				.contains("1 à la signature de la convention 50 % 500,00 €")
				.contains("2 après l'approbation du rapport intermédiaire 30 % 300,00 €")
				.contains("3 après l'approbation du rapport final 20 % 200,00 €");
		}
		List<MimeMessage> refusal = decisionMails(rejected.member());
		assertThat(refusal).hasSize(1);
		assertThat(letterText(refusal.get(0))).contains("Projet écarté par le comité")
			.contains("Hors du champ de l'appel.")
			.doesNotContain("subvention");
		assertThat(decisionMails(outsider)).isEmpty();

		String slug = this.laureates.choice(selected.id()).orElseThrow().slug();
		assertThat(this.laureates.choice(rejected.id())).isEmpty();
		this.mvc.perform(get("/laureats/" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ateliers de retour à l&#39;emploi")))
			.andExpect(content().string(containsString("Organisation Ateliers de retour")))
			.andExpect(content().string(containsString("Un résumé du projet.")))
			.andExpect(content().string(containsString("Montpellier")))
			.andExpect(content().string(containsString("data-figure=\"planned\">65<")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("La description du projet."))));
		this.mvc.perform(get("/laureats").param("q", "ateliers retour emploi"))
			.andExpect(content().string(containsString("/laureats/" + slug)));

		assertThat(this.jdbc.sql("""
				select count(*) from audit_entry where action = 'PUBLICATION' and application_id in (:ids)
				and actor_id = :staff""")
			.param("ids", List.of(selected.id(), rejected.id()))
			.param("staff", as(this.staff).id())
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.jdbc.sql("select published_by from selection_round where id = ?").param(round)
			.query(Long.class)
			.single()).isEqualTo(as(this.staff).id());
	}

	@Test
	void publishingTwicePublishesOnce() throws Exception {
		long round = this.rounds.newRound();
		TestApplications.Draft selected = this.rounds.selected("Projet publié une fois", round);

		this.mvc.perform(post(publicationUrl(round)).with(staff()).with(csrf()))
			.andExpect(flash().attributeExists("notice"));
		this.mvc.perform(post(publicationUrl(round)).with(staff()).with(csrf()))
			.andExpect(redirectedUrl(publicationUrl(round)))
			.andExpect(flash().attribute("alert", containsString("déjà été publiée")));
		TestMail.deliverAll(this.mail);

		assertThat(decisionMails(selected.member())).hasSize(1);
		assertThat(laureatesOf(selected)).isEqualTo(1);
	}

	/**
	 * The first publication holds its transaction open once it has done everything; a second one, by other
	 * staff, starts meanwhile. It waits on the round's lock, then finds the round published and does nothing.
	 * Without the lock it would read the round unpublished and mail and create everything a second time.
	 */
	@Test
	void twoStaffPublishingTheSameRoundAtOnceMailAndCreateOnce() throws Exception {
		long round = this.rounds.newRound();
		TestApplications.Draft selected = this.rounds.selected("Projet publié à deux", round);
		String other = this.test.organisations().newStaff("Dominique Publication");
		CountDownLatch published = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = threads.submit(() -> this.transactions.executeWithoutResult((status) -> {
				Acting.asStaff(this.staff, () -> this.publication.publish(round, as(this.staff)));
				published.countDown();
				Races.await(release);
			}));
			Races.await(published);
			Future<Boolean> second = threads.submit(() -> {
				try {
					Acting.asStaff(other, () -> this.publication.publish(round, as(other)));
					return true;
				}
				catch (RoundAlreadyPublishedException ex) {
					return false;
				}
			});
			// Until the second has either finished (no guard) or waits on the round's lock (the guard).
			for (int i = 0; i < 3000 && !second.isDone() && !waitingOnALock(); i++) {
				Thread.sleep(10);
			}
			release.countDown();
			first.get(30, TimeUnit.SECONDS);
			assertThat(second.get(30, TimeUnit.SECONDS)).as("the second publication did it again").isFalse();
		}
		finally {
			release.countDown();
			threads.shutdown();
		}
		TestMail.deliverAll(this.mail);
		assertThat(decisionMails(selected.member())).hasSize(1);
		assertThat(laureatesOf(selected)).isEqualTo(1);
		assertThat(this.jdbc.sql("select published_by from selection_round where id = ?").param(round)
			.query(Long.class)
			.single()).isEqualTo(as(this.staff).id());
	}

	private boolean waitingOnALock() {
		return this.jdbc.sql("""
				select count(*) from pg_stat_activity
				where wait_event_type = 'Lock' and query like '%selection_round%'""")
			.query(Long.class).single() > 0;
	}

	@Test
	void aRoundWithAnApplicationStillInReviewCannotBePublished() throws Exception {
		long round = this.rounds.newRound();
		TestApplications.Draft selected = this.rounds.selected("Projet décidé", round);
		TestApplications.Draft waiting = this.rounds.inReview("Projet pas encore décidé", round);

		this.mvc.perform(get(publicationUrl(round)).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("attendent encore une décision du comité : 1.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Publier les décisions</button>"))));
		this.mvc.perform(post(publicationUrl(round)).with(staff()).with(csrf()))
			.andExpect(redirectedUrl(publicationUrl(round)))
			.andExpect(flash().attribute("alert", containsString("attendent encore une décision du comité : 1.")));
		TestMail.deliverAll(this.mail);

		assertThat(decisionMails(selected.member())).isEmpty();
		assertThat(decisionMails(waiting.member())).isEmpty();
		assertThat(laureatesOf(selected)).isZero();
		assertThat(published(round)).isFalse();
	}

	@Test
	void aReviewerAndAnApplicantCannotPublish() throws Exception {
		long round = this.rounds.newRound();
		TestApplications.Draft selected = this.rounds.selected("Projet que seul le staff publie", round);
		String reviewer = this.test.organisations().newStaff("Relecteur");

		for (RequestPostProcessor who : List.of(user(reviewer).roles("REVIEWER"),
				user(selected.member()).roles("APPLICANT"))) {
			this.mvc.perform(get(publicationUrl(round)).with(who)).andExpect(status().isForbidden());
			this.mvc.perform(post(publicationUrl(round)).with(who).with(csrf())).andExpect(status().isForbidden());
		}
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Acting.as(reviewer, "REVIEWER",
				() -> this.publication.publish(round, as(reviewer))))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		TestMail.deliverAll(this.mail);

		assertThat(published(round)).isFalse();
		assertThat(laureatesOf(selected)).isZero();
		assertThat(decisionMails(selected.member())).isEmpty();
	}

	@Test
	void anUnknownRoundIsNotFound() throws Exception {
		this.mvc.perform(get("/gestion/sessions/987654321/publication").with(staff())).andExpect(status().isNotFound());
	}

	private RequestPostProcessor staff() {
		return user(this.staff).roles("STAFF");
	}

	private static String publicationUrl(long round) {
		return "/gestion/sessions/" + round + "/publication";
	}

	private long laureatesOf(TestApplications.Draft draft) {
		return this.jdbc.sql("select count(*) from laureate_project where application_id = ?").param(draft.id())
			.query(Long.class)
			.single();
	}

	private boolean published(long round) {
		return this.jdbc.sql("select published_at is not null from selection_round where id = ?").param(round)
			.query(Boolean.class)
			.single();
	}

	@Test
	void theDossierHoldsTheDecisionAndOnceTheRoundIsPublishedTheLetterSent() throws Exception {
		long round = this.rounds.newRound();
		TestApplications.Draft selected = this.rounds.selected("Projet décidé en dossier", round);
		TestApplications.Draft rejected = this.rounds.rejected("Projet refusé en dossier", round);
		String reference = (String) this.test.row(selected.id()).get("reference");

		Map<String, byte[]> before = dossier(selected);
		assertThat(Text.plainSpaces(new String(before.get("decision.txt"), StandardCharsets.UTF_8)))
			.contains("Décision : Retenue")
			.contains("Montant accordé : 1 000,00 €")
			.contains("1. 500,00 € (50 %) à la signature de la convention")
			.contains("Pas encore publiée");
		assertThat(before).doesNotContainKey("decision-" + reference + ".pdf");

		this.mvc.perform(post(publicationUrl(round)).with(staff()).with(csrf())).andExpect(status().is3xxRedirection());
		TestMail.deliverAll(this.mail);

		Map<String, byte[]> after = dossier(selected);
		assertThat(Text.plainSpaces(new String(after.get("decision.txt"), StandardCharsets.UTF_8))).contains("Publiée le");
		try (PDDocument letter = Loader.loadPDF(after.get("decision-" + reference + ".pdf"))) {
			assertThat(Text.plainSpaces(new PDFTextStripper().getText(letter)).replaceAll("\\s+", " "))
				.contains("Projet décidé en dossier")
				.contains("subvention de 1 000,00 €");
		}
		assertThat(Text.plainSpaces(new String(dossier(rejected).get("decision.txt"), StandardCharsets.UTF_8)))
			.contains("Motif du rejet : Hors du champ de l'appel.");
	}

	/** The entries of the application's dossier ZIP, as staff download it. */
	private Map<String, byte[]> dossier(TestApplications.Draft draft) throws Exception {
		byte[] zip = this.mvc.perform(get("/gestion/candidatures/" + draft.id() + "/dossier.zip").with(staff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	/** The decision mails this address received (not the receipts and changes of state before them). */
	private static List<MimeMessage> decisionMails(String address) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : TestMail.to(address)) {
			if (message.getSubject().startsWith("Novapec : la décision du comité")) {
				found.add(message);
			}
		}
		return found;
	}

	/** The text of the one attachment of the message, a PDF named after the application's reference. */
	private static String letterText(MimeMessage message) throws Exception {
		List<Part> attachments = TestMail.attachments(message);
		assertThat(attachments).hasSize(1);
		assertThat(attachments.get(0).getContentType()).startsWith("application/pdf");
		assertThat(attachments.get(0).getFileName()).startsWith("decision-NOVA-").endsWith(".pdf");
		try (PDDocument document = Loader.loadPDF(attachments.get(0).getInputStream().readAllBytes())) {
			return Text.plainSpaces(new PDFTextStripper().getText(document)).replaceAll("\\s+", " ");
		}
	}

}
