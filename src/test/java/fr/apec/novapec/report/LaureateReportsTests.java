package fr.apec.novapec.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fr.apec.novapec.application.Applications;
import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.organisation.DocumentVaultService;
import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.StatementCounter;
import fr.apec.novapec.support.TestLaureates;
import fr.apec.novapec.support.TestMail;
import fr.apec.novapec.support.Text;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static fr.apec.novapec.support.Races.await;
import static fr.apec.novapec.support.Acting.asStaff;
import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Laureate reports: due at the dates the call sets, written as drafts, sent once complete, read-only once
 * sent, approved by staff (the laureate's public page then shows the figures) or returned with a comment
 * (editable again, every member told). Nobody outside the organisation reaches a report, and only staff and
 * administrators decide.
 */
@IntegrationTest
class LaureateReportsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	DocumentVaultService vault;

	@Autowired
	ReportService reports;

	@Autowired
	ReportWriting writing;

	@Autowired
	ReportReview review;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MailOutbox mailOutbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestApplications test;

	@Autowired
	TestLaureates laureates;

	String staff;

	@BeforeEach
	void fixtures() {
		this.staff = this.test.organisations().newStaff("Camille de l'équipe");
	}

	/**
	 * The laureates these tests publish are committed (the requests run outside any test transaction):
	 * they go once the test is over, so that the showcase tests count only theirs.
	 */
	@AfterEach
	void forgetTheLaureatesOfTheseTests() {
		this.jdbc.sql("delete from laureate_project where slug like 'laureat-rapport-%'").update();
	}

	@Test
	void reportDatesComeFromTheCallInterimSixMonthsAfterTheStartFinalAtTheEnd() throws Exception {
		TestApplications.Draft draft = this.test.newSelected("Projet daté");

		List<ReportDue> due = this.reports.schedule(this.applications.draft(draft.id(), as(draft.member())));

		assertThat(due).extracting(ReportDue::kind, ReportDue::dueOn, ReportDue::status).containsExactly(
				org.assertj.core.groups.Tuple.tuple(ReportKind.INTERIM, LocalDate.of(2027, 9, 1), null),
				org.assertj.core.groups.Tuple.tuple(ReportKind.FINAL, LocalDate.of(2028, 9, 1), null));
		String overview = page(get("/espace/candidatures/" + draft.id()).with(applicant(draft)));
		assertThat(overview).contains("Rapports")
			.contains("href=\"/espace/candidatures/" + draft.id() + "/rapports/intermediaire\"")
			.contains("href=\"/espace/candidatures/" + draft.id() + "/rapports/final\"")
			.contains("à rendre le " + "1 septembre 2027")
			.contains("à rendre le " + "1 septembre 2028")
			.doesNotContain("en retard");

		// A project that started long ago: its interim report is overdue until it is sent.
		this.jdbc.sql("update grant_application set start_date = date '2025-01-06' where id = ?").param(draft.id()).update();
		overview = page(get("/espace/candidatures/" + draft.id()).with(applicant(draft)));
		assertThat(overview).contains("à rendre le " + "6 juillet 2025").contains("en retard");
	}

	@Test
	void aDraftReportSavesPartiallyAndIsCreatedOnceWhenOpened() throws Exception {
		TestApplications.Draft draft = this.test.newSelected("Projet en cours");
		String form = page(get(report(draft, "intermediaire")).with(applicant(draft)));
		assertThat(form).contains("Rapport intermédiaire")
			.contains("Prévus dans la candidature : 40")
			.contains("Prévus dans la candidature : 25")
			.contains("Cible de la candidature : 40")
			.contains("Cadres accompagnés")
			.contains((String) this.test.row(draft.id()).get("reference"));
		page(get(report(draft, "intermediaire")).with(applicant(draft)));
		assertThat(reportCount(draft)).isEqualTo(1);

		this.mvc.perform(post(report(draft, "intermediaire")).with(applicant(draft)).with(csrf())
				.param("reachedCadres", "12").param("reachedJeunesDiplomes", "").param("achieved[0]", "").param("text", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(report(draft, "intermediaire")))
			.andExpect(flash().attribute("notice", "Le rapport est enregistré."));

		Map<String, Object> row = reportRow(draft, "INTERIM");
		assertThat(row.get("status")).isEqualTo("DRAFT");
		assertThat(row.get("text")).isNull();
		assertThat(reached(draft, "INTERIM")).containsExactly(Map.entry("cadres", 12));
		assertThat(page(get(report(draft, "intermediaire")).with(applicant(draft)))).contains("value=\"12\"");
	}

	@Test
	void negativeOrWrongFiguresAreRefusedBesideTheirFieldsWithTheInputKeptAndNothingSaved() throws Exception {
		TestApplications.Draft draft = this.test.newSelected("Projet mal chiffré");
		this.mvc.perform(post(report(draft, "final")).with(applicant(draft)).with(csrf())
				.param("reachedCadres", "12").param("text", "Premier bilan."))
			.andExpect(status().is3xxRedirection());

		String page = page(post(report(draft, "final")).with(applicant(draft)).with(csrf())
			.param("reachedCadres", "-3").param("reachedJeunesDiplomes", "7").param("achieved[0]", "beaucoup")
			.param("text", "Un autre bilan."));

		assertThat(page).contains("Indiquez un nombre entier positif ou nul de bénéficiaires")
			.contains("La valeur atteinte doit être un nombre entier positif ou nul")
			.contains("value=\"-3\"")
			.contains("value=\"beaucoup\"")
			.contains("Un autre bilan.")
			.contains("id=\"reachedCadres-error\"");
		assertThat(reached(draft, "FINAL")).containsExactly(Map.entry("cadres", 12));
		assertThat(reportRow(draft, "FINAL").get("text")).isEqualTo("Premier bilan.");
	}

	@Test
	void sendingNeedsEveryFigureAndTheTextAndSavesNothingOtherwise() throws Exception {
		TestApplications.Draft draft = this.test.newSelected("Projet incomplet");

		String page = page(post(report(draft, "intermediaire") + "/envoyer").with(applicant(draft)).with(csrf())
			.param("reachedCadres", "30").param("reachedJeunesDiplomes", "").param("achieved[0]", "").param("text", " "));

		assertThat(page).contains("Indiquez le nombre de bénéficiaires atteints pour ce public")
			.contains("Indiquez la valeur atteinte pour cet indicateur")
			.contains("Écrivez votre bilan avant d'envoyer le rapport.")
			.contains("value=\"30\"");
		assertThat(reportRow(draft, "INTERIM").get("status")).isEqualTo("DRAFT");
		assertThat(reached(draft, "INTERIM")).isEmpty();
		// The service holds the same rule, whatever the form lets through.
		assertThatThrownBy(() -> this.writing.submit(draft.id(), ReportKind.INTERIM, as(draft.member()),
				new ReportContent("Bilan", Map.of("cadres", 30), Map.of(1, 20), List.of())))
			.isInstanceOf(IncompleteReportException.class);
		assertThat(reached(draft, "INTERIM")).isEmpty();

		send(draft, "intermediaire", "30", "12", "28");
		assertThat(reportRow(draft, "INTERIM").get("status")).isEqualTo("SUBMITTED");
		assertThat(reportRow(draft, "INTERIM").get("submitted_at")).isNotNull();
	}

	@Test
	void aDoubleClickSendsTheReportOnce() throws Exception {
		TestApplications.Draft draft = this.test.newSelected("Projet pressé");
		this.writing.open(draft.id(), ReportKind.FINAL, as(draft.member()));
		ReportContent content = new ReportContent("Bilan final.", Map.of("cadres", 41, "jeunes-diplomes", 20),
				Map.of(1, 38), List.of());
		// The first click's transaction has sent the report and stays open while the second click comes.
		List<String> outcomes = overlapping(
				() -> this.writing.submit(draft.id(), ReportKind.FINAL, as(draft.member()), content),
				() -> this.writing.submit(draft.id(), ReportKind.FINAL, as(draft.member()), content));
		assertThat(outcomes).containsExactly("done", ReportNotEditableException.class.getSimpleName());
		assertThat(reportRow(draft, "FINAL").get("status")).isEqualTo("SUBMITTED");
		assertThat(reportRow(draft, "FINAL").get("version")).isEqualTo(1L);
		Object sentAt = reportRow(draft, "FINAL").get("submitted_at");

		this.mvc.perform(post(report(draft, "final") + "/envoyer").with(applicant(draft)).with(csrf())
				.param("reachedCadres", "41").param("reachedJeunesDiplomes", "20").param("achieved[0]", "38")
				.param("text", "Bilan final."))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("alert", "Ce rapport a déjà été envoyé : il ne peut plus être modifié."));
		assertThat(reportRow(draft, "FINAL").get("submitted_at")).isEqualTo(sentAt);
	}

	@Test
	void aSentReportIsReadOnly() throws Exception {
		TestApplications.Draft draft = this.test.newSelected("Projet envoyé");
		send(draft, "intermediaire", "30", "12", "28");

		String page = page(get(report(draft, "intermediaire")).with(applicant(draft)));
		assertThat(page).contains("Ce rapport a été envoyé : il ne peut plus être modifié.")
			.contains("Bilan de test.")
			.doesNotContain("Envoyer le rapport")
			.doesNotContain("name=\"reachedCadres\"");

		this.mvc.perform(post(report(draft, "intermediaire")).with(applicant(draft)).with(csrf())
				.param("reachedCadres", "999").param("text", "Changé après coup"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("alert", "Ce rapport a déjà été envoyé : il ne peut plus être modifié."));
		assertThat(reached(draft, "INTERIM")).containsEntry("cadres", 30);
		assertThat(reportRow(draft, "INTERIM").get("text")).isEqualTo("Bilan de test.");
		assertThatThrownBy(() -> this.writing.save(draft.id(), ReportKind.INTERIM, as(draft.member()),
				new ReportContent("x", Map.of(), Map.of(), List.of())))
			.isInstanceOf(ReportNotEditableException.class);
	}

	@Test
	void staffApprovalPutsTheReachedFiguresOnTheLaureatesPublicPageFinalOverInterim() throws Exception {
		TestApplications.Draft draft = this.test.newSelected("Projet lauréat");
		String slug = "laureat-rapport-" + draft.id();
		this.laureates.publishedFrom(draft.id(), slug);
		assertThat(page(get("/laureats/" + slug))).doesNotContain("data-figure=\"reached\"");

		send(draft, "intermediaire", "30", "12", "28");
		long interim = reportId(draft, "INTERIM");
		String list = page(get("/gestion/rapports").with(staff()));
		String reference = (String) this.test.row(draft.id()).get("reference");
		assertThat(list).contains("Projet lauréat").contains("Organisation Projet lauréat").contains("Rapport intermédiaire")
			.contains(reference)
			.contains("1 septembre 2027")
			.contains("href=\"/gestion/rapports/" + interim + "\"");
		String review = Text.plainSpaces(page(get("/gestion/rapports/" + interim).with(staff())));
		assertThat(review).contains(reference).contains("Cadres").contains(">40<").contains(">30<").contains(">25<").contains(">12<")
			.contains("Cadres accompagnés").contains(">28<").contains("Bilan de test.");

		this.mvc.perform(post("/gestion/rapports/" + interim + "/approuver").with(staff()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "Le rapport est approuvé ; les membres de l'organisation sont prévenus."));

		assertThat(laureateReached(draft)).isEqualTo(42);
		assertThat(Text.plainSpaces(page(get("/laureats/" + slug)))).containsPattern("data-figure=\"reached\">42<");
		assertThat(page(get("/gestion/rapports").with(staff()))).doesNotContain("href=\"/gestion/rapports/" + interim + "\"");

		// The final report replaces the interim figures; an interim decision afterwards would not.
		send(draft, "final", "55", "25", "40");
		this.mvc.perform(post("/gestion/rapports/" + reportId(draft, "FINAL") + "/approuver").with(staff()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(laureateReached(draft)).isEqualTo(80);
		assertThat(Text.plainSpaces(page(get("/laureats/" + slug)))).containsPattern("data-figure=\"reached\">80<");

		// Shown only where the organisation agreed to publish it.
		this.jdbc.sql("update laureate_project set published_fields = array['description'] where slug = ?").param(slug).update();
		assertThat(page(get("/laureats/" + slug))).doesNotContain("data-figure=\"reached\"");
		assertThat(laureateReached(draft)).isEqualTo(80);
	}

	@Test
	void approvalWithoutLaureateProjectChangesNoLaureate() throws Exception {
		TestApplications.Draft draft = this.test.newSelected("Projet pas encore publié");
		send(draft, "intermediaire", "3", "4", "5");
		asStaff(this.staff, () -> this.review.approve(reportId(draft, "INTERIM"), as(this.staff)));
		assertThat(reportRow(draft, "INTERIM").get("status")).isEqualTo("APPROVED");
		assertThat(this.jdbc.sql("select count(*) from laureate_project where application_id = ?").param(draft.id())
			.query(Long.class).single()).isZero();
	}

	@Test
	void aReturnedReportShowsTheCommentIsEditableAgainAndEveryMemberIsTold() throws Exception {
		TestApplications.Draft draft = this.test.newSelected("Projet renvoyé");
		String colleague = this.test.organisations().newApplicant("Collègue");
		this.test.organisations().addMember(draft.organisationId(), colleague);
		send(draft, "intermediaire", "30", "12", "28");
		long id = reportId(draft, "INTERIM");

		this.mvc.perform(post("/gestion/rapports/" + id + "/renvoyer").with(staff()).with(csrf())
				.param("comment", "Précisez combien de jeunes diplômés ont trouvé un emploi."))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/gestion/rapports/" + id));

		assertThat(reportRow(draft, "INTERIM").get("status")).isEqualTo("RETURNED");
		String page = page(get(report(draft, "intermediaire")).with(applicant(draft)));
		assertThat(page).contains("Demande de modification")
			.contains("Précisez combien de jeunes diplômés ont trouvé un emploi.")
			.contains("Envoyer le rapport")
			.contains("value=\"30\"");
		assertThat(page(get("/espace/candidatures/" + draft.id()).with(applicant(draft)))).contains("à modifier");

		TestMail.deliverAll(this.mailOutbox);
		for (String member : List.of(draft.member(), colleague)) {
			List<MimeMessage> mails = reportMails(member);
			assertThat(mails).hasSize(1);
			assertThat(mails.get(0).getSubject()).isEqualTo("Votre rapport sur « Projet renvoyé » est à modifier");
			assertThat(TestMail.link(mails.get(0), "/espace/candidatures/"))
				.isEqualTo("/espace/candidatures/" + draft.id() + "/rapports/intermediaire");
			assertThat(TestMail.text(mails.get(0))).contains("rapport interm");
		}

		// Changed and sent again, then approved: the members are told again.
		send(draft, "intermediaire", "30", "15", "28");
		assertThat(reportRow(draft, "INTERIM").get("status")).isEqualTo("SUBMITTED");
		asStaff(this.staff, () -> this.review.approve(id, as(this.staff)));
		TestMail.deliverAll(this.mailOutbox);
		assertThat(reportMails(colleague)).hasSize(2);
		assertThat(reportMails(colleague).get(1).getSubject()).isEqualTo("Votre rapport sur « Projet renvoyé » est approuvé");
	}

	@Test
	void returningWithoutACommentIsRefusedAndASecondDecisionGetsAMessage() throws Exception {
		TestApplications.Draft draft = this.test.newSelected("Projet décidé");
		send(draft, "final", "50", "20", "39");
		long id = reportId(draft, "FINAL");

		String page = page(post("/gestion/rapports/" + id + "/renvoyer").with(staff()).with(csrf()).param("comment", "   "));
		assertThat(page).contains("Indiquez ce que l'organisation doit modifier.");
		assertThat(reportRow(draft, "FINAL").get("status")).isEqualTo("SUBMITTED");
		assertThatThrownBy(() -> asStaff(this.staff, () -> this.review.returnForChanges(id, as(this.staff), " ")))
			.isInstanceOf(IllegalArgumentException.class);

		this.mvc.perform(post("/gestion/rapports/" + id + "/approuver").with(staff()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/gestion/rapports/" + id + "/renvoyer").with(staff()).with(csrf()).param("comment", "Trop tard"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("alert", "Une décision a déjà été prise sur ce rapport : rien n'a changé."));
		this.mvc.perform(post("/gestion/rapports/" + id + "/approuver").with(staff()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("alert", "Une décision a déjà été prise sur ce rapport : rien n'a changé."));
		assertThat(reportRow(draft, "FINAL").get("status")).isEqualTo("APPROVED");
		assertThat(reportRow(draft, "FINAL").get("staff_comment")).isNull();
	}

	@Test
	void ofTwoConcurrentDecisionsOnlyOnePassesAndTheOtherIsToldSo() throws Exception {
		TestApplications.Draft draft = this.test.newSelected("Projet disputé");
		send(draft, "intermediaire", "30", "12", "28");
		long id = reportId(draft, "INTERIM");
		// The approval's transaction stays open while the return for changes comes.
		List<String> outcomes = overlapping(
				() -> asStaff(this.staff, () -> this.review.approve(id, as(this.staff))),
				() -> asStaff(this.staff, () -> this.review.returnForChanges(id, as(this.staff), "Précisez les chiffres.")));
		assertThat(outcomes).containsExactly("done", ReportAlreadyDecidedException.class.getSimpleName());
		assertThat(reportRow(draft, "INTERIM").get("status")).isEqualTo("APPROVED");
		assertThat(reportRow(draft, "INTERIM").get("staff_comment")).isNull();
		TestMail.deliverAll(this.mailOutbox);
		assertThat(reportMails(draft.member())).hasSize(1);
		assertThat(reportMails(draft.member()).get(0).getSubject()).isEqualTo("Votre rapport sur « Projet disputé » est approuvé");

		// Two staff pages open on the same sent report: the second decision gets the message, not an error page.
		send(draft, "final", "50", "20", "39");
		long last = reportId(draft, "FINAL");
		this.mvc.perform(post("/gestion/rapports/" + last + "/approuver").with(staff()).with(csrf()))
			.andExpect(flash().attribute("notice", "Le rapport est approuvé ; les membres de l'organisation sont prévenus."));
		this.mvc.perform(post("/gestion/rapports/" + last + "/renvoyer").with(staff()).with(csrf()).param("comment", "Après coup"))
			.andExpect(flash().attribute("alert", "Une décision a déjà été prise sur ce rapport : rien n'a changé."));
	}

	/**
	 * Runs {@code first} in a transaction that stays open until {@code second} has started and had time to
	 * reach the report, then commits: the two really overlap, so only a guard in the database (the row lock,
	 * the version) keeps the second from passing. Returns what became of each: "done" or the exception's name.
	 */
	private List<String> overlapping(Runnable first, Runnable second) throws Exception {
		CountDownLatch firstDone = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<String> one = pool.submit(() -> outcome(() -> this.transactions.executeWithoutResult((status) -> {
				first.run();
				firstDone.countDown();
				await(secondStarted);
				pause();
			})));
			Future<String> two = pool.submit(() -> {
				await(firstDone);
				secondStarted.countDown();
				return outcome(second);
			});
			return List.of(one.get(30, TimeUnit.SECONDS), two.get(30, TimeUnit.SECONDS));
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static String outcome(Runnable action) {
		try {
			action.run();
			return "done";
		}
		catch (RuntimeException ex) {
			return ex.getClass().getSimpleName();
		}
	}

	/** Long enough for the second to reach the report while the first transaction is still open. */
	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void theStaffServiceItselfServesOnlyStaffAndAdministrators() throws Exception {
		TestApplications.Draft draft = this.test.newSelected("Projet protégé");
		send(draft, "intermediaire", "30", "12", "28");
		long id = reportId(draft, "INTERIM");

		assertThatThrownBy(() -> this.review.approve(id, as(this.staff)))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		for (String role : List.of("APPLICANT", "REVIEWER")) {
			assertThatThrownBy(() -> Acting.as(draft.member(), role, () -> {
				this.review.approve(id, as(draft.member()));
				return null;
			})).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> Acting.as(draft.member(), role, () -> this.review.staffReport(id)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> Acting.as(draft.member(), role, () -> this.review.submittedReports()))
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(reportRow(draft, "INTERIM").get("status")).isEqualTo("SUBMITTED");

		assertThat(Acting.as(IntegrationTest.ADMIN_EMAIL, "ADMIN", () -> this.review.staffReport(id)).status())
			.isEqualTo(ReportStatus.SUBMITTED);
	}

	@Test
	void theStaffListReadsItsReportsAndTheirApplicationsInOneStatementEachWhateverTheirNumber() throws Exception {
		TestApplications.Draft first = this.test.newSelected("Projet compté");
		send(first, "intermediaire", "30", "12", "28");
		StatementCounter.reset();
		int few = asStaffReturning(() -> this.review.submittedReports().size());
		long forFew = StatementCounter.count();

		TestApplications.Draft second = this.test.newSelected("Projet recompté");
		send(first, "final", "50", "20", "39");
		send(second, "intermediaire", "3", "4", "5");
		StatementCounter.reset();
		int more = asStaffReturning(() -> this.review.submittedReports().size());
		long forMore = StatementCounter.count();

		assertThat(more).isEqualTo(few + 2);
		// the reports waiting, their applications' summaries, their organisations' names (asked of organisation)
		assertThat(forMore).isEqualTo(forFew).isEqualTo(3);
	}

	private <T> T asStaffReturning(java.util.concurrent.Callable<T> call) {
		return Acting.as(this.staff, "STAFF", call);
	}

	@Test
	void documentsAreChosenFromTheOrganisationsVaultAndStaffDownloadOnlyThoseAttached() throws Exception {
		TestApplications.Draft draft = this.test.newSelected("Projet documenté");
		TestApplications.Draft other = this.test.newCompleteDraft("Autre organisation");
		this.test.addDocument(draft, DocumentKind.ACTIVITY_REPORT, null);
		long activityReport = this.vault.documents(draft.organisationId(), as(draft.member())).stream()
			.filter((d) -> d.kind() == DocumentKind.ACTIVITY_REPORT).findFirst().orElseThrow().id();
		long notAttached = this.vault.documents(draft.organisationId(), as(draft.member())).stream()
			.filter((d) -> d.kind() != DocumentKind.ACTIVITY_REPORT).findFirst().orElseThrow().id();
		long foreign = this.vault.documents(other.organisationId(), as(other.member())).get(0).id();

		String refused = page(post(report(draft, "intermediaire")).with(applicant(draft)).with(csrf())
			.param("reachedCadres", "5").param("documents", String.valueOf(foreign)));
		assertThat(refused).contains("n'appartient pas au coffre-fort de votre organisation");
		assertThat(reached(draft, "INTERIM")).isEmpty();

		this.mvc.perform(post(report(draft, "intermediaire") + "/envoyer").with(applicant(draft)).with(csrf())
				.param("reachedCadres", "30").param("reachedJeunesDiplomes", "12").param("achieved[0]", "28")
				.param("text", "Bilan documenté.").param("documents", String.valueOf(activityReport)))
			.andExpect(status().is3xxRedirection());
		long id = reportId(draft, "INTERIM");

		assertThat(page(get("/gestion/rapports/" + id).with(staff())))
			.contains("href=\"/gestion/rapports/" + id + "/documents/" + activityReport + "\"");
		this.mvc.perform(get("/gestion/rapports/" + id + "/documents/" + activityReport).with(staff()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Type", "application/pdf"));
		this.mvc.perform(get("/gestion/rapports/" + id + "/documents/" + notAttached).with(staff()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/gestion/rapports/" + id + "/documents/" + foreign).with(staff()))
			.andExpect(status().isNotFound());
	}

	@Test
	void memberOfAnotherOrganisationGets404OnEveryReportRoute() throws Exception {
		TestApplications.Draft draft = this.test.newSelected("Projet secret lauréat");
		TestApplications.Draft intruder = this.test.newDraft("Projet curieux");
		this.writing.open(draft.id(), ReportKind.INTERIM, as(draft.member()));
		long missing = Long.MAX_VALUE - 1;
		for (long id : List.of(draft.id(), missing)) {
			for (String kind : List.of("intermediaire", "final", "annuel", "INTERIM", "1")) {
				String path = "/espace/candidatures/" + id + "/rapports/" + kind;
				expect404(get(path).with(applicant(intruder)));
				expect404(post(path).with(applicant(intruder)).with(csrf()).param("reachedCadres", "1"));
				expect404(post(path + "/envoyer").with(applicant(intruder)).with(csrf()).param("reachedCadres", "1"));
			}
		}
		expect404(get("/espace/candidatures/99999999999999999999999/rapports/final").with(applicant(intruder)));
		// The member's own unknown kind is a 404 as well.
		expect404(get("/espace/candidatures/" + draft.id() + "/rapports/annuel").with(applicant(draft)));
		assertThat(reached(draft, "INTERIM")).isEmpty();
		assertThat(reportCount(draft)).isEqualTo(1);
	}

	@Test
	void reportsOfAnApplicationNotSelectedAre404() throws Exception {
		TestApplications.Draft inReview = this.test.newInReview("Projet en instruction");
		TestApplications.Draft draft = this.test.newDraft("Projet brouillon");
		for (TestApplications.Draft d : List.of(inReview, draft)) {
			for (String kind : List.of("intermediaire", "final")) {
				expect404(get(report(d, kind)).with(applicant(d)));
				expect404(post(report(d, kind)).with(applicant(d)).with(csrf()).param("reachedCadres", "1"));
				expect404(post(report(d, kind) + "/envoyer").with(applicant(d)).with(csrf()));
			}
			assertThat(page(get("/espace/candidatures/" + d.id()).with(applicant(d)))).doesNotContain("/rapports/");
			assertThat(reportCount(d)).isZero();
		}
	}

	@Test
	void onlyStaffAndAdministratorsReachTheStaffReportPages() throws Exception {
		TestApplications.Draft draft = this.test.newSelected("Projet gardé");
		send(draft, "intermediaire", "30", "12", "28");
		long id = reportId(draft, "INTERIM");
		for (String path : List.of("/gestion/rapports", "/gestion/rapports/" + id)) {
			this.mvc.perform(get(path).with(applicant(draft))).andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(user("relecteur@apec.test").roles("REVIEWER"))).andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(user(IntegrationTest.ADMIN_EMAIL).roles("ADMIN"))).andExpect(status().isOk());
			this.mvc.perform(get(path).with(staff())).andExpect(status().isOk());
		}
		this.mvc.perform(post("/gestion/rapports/" + id + "/approuver").with(applicant(draft)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/gestion/rapports/" + id + "/approuver").with(user("relecteur@apec.test").roles("REVIEWER"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(reportRow(draft, "INTERIM").get("status")).isEqualTo("SUBMITTED");
		assertThat(page(get("/gestion").with(staff()))).contains("href=\"/gestion/rapports\"");
		assertThat(page(get("/gestion").with(user("relecteur@apec.test").roles("REVIEWER"))))
			.doesNotContain("href=\"/gestion/rapports\"");
		// A draft is the organisation's own: staff do not see it.
		this.writing.open(draft.id(), ReportKind.FINAL, as(draft.member()));
		expect404(get("/gestion/rapports/" + reportId(draft, "FINAL")).with(staff()));
		expect404(get("/gestion/rapports/" + Long.MAX_VALUE).with(staff()));
	}

	// Helpers

	private void send(TestApplications.Draft draft, String kind, String cadres, String jeunes, String achieved)
			throws Exception {
		this.mvc.perform(post(report(draft, kind) + "/envoyer").with(applicant(draft)).with(csrf())
				.param("reachedCadres", cadres).param("reachedJeunesDiplomes", jeunes).param("achieved[0]", achieved)
				.param("text", "Bilan de test."))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("notice"));
	}

	/** The mails about reports this member received, oldest first (the application's receipt left out). */
	private static List<MimeMessage> reportMails(String member) {
		return TestMail.to(member).stream().filter((mail) -> {
			try {
				return mail.getSubject().startsWith("Votre rapport");
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String report(TestApplications.Draft draft, String kind) {
		return "/espace/candidatures/" + draft.id() + "/rapports/" + kind;
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor applicant(
			TestApplications.Draft draft) {
		return user(draft.member()).roles("APPLICANT");
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor staff() {
		return user(this.staff).roles("STAFF");
	}

	private void expect404(MockHttpServletRequestBuilder request) throws Exception {
		this.mvc.perform(request).andExpect(status().isNotFound());
	}

	private String page(RequestBuilder request) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private long reportCount(TestApplications.Draft draft) {
		return this.jdbc.sql("select count(*) from laureate_report where application_id = ?").param(draft.id())
			.query(Long.class).single();
	}

	private Map<String, Object> reportRow(TestApplications.Draft draft, String kind) {
		return this.jdbc.sql("select * from laureate_report where application_id = ? and kind = ?")
			.params(draft.id(), kind).query().singleRow();
	}

	private long reportId(TestApplications.Draft draft, String kind) {
		return ((Number) reportRow(draft, kind).get("id")).longValue();
	}

	private Map<String, Integer> reached(TestApplications.Draft draft, String kind) {
		Map<String, Integer> reached = new java.util.TreeMap<>();
		this.jdbc.sql("""
				select b.public_code, b.reached from report_beneficiary b join laureate_report r on r.id = b.report_id
				where r.application_id = ? and r.kind = ?""")
			.params(draft.id(), kind)
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> reached.put(rs.getString(1), rs.getInt(2)));
		return reached;
	}

	private Integer laureateReached(TestApplications.Draft draft) {
		return this.jdbc.sql("select reached_beneficiaries from laureate_project where application_id = ?")
			.param(draft.id()).query(Integer.class).single();
	}

}
