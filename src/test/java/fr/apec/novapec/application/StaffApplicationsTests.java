package fr.apec.novapec.application;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.committee.Decision;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Staff at work on applications: the list without drafts and its filter, an application read whole, put
 * in review or returned with a message (reason in the history, message in the thread, mail to members);
 * a refused or late change is a message, never a 500; only staff and administrators get in. Every change
 * of state other than the submission mails every member of the organisation, and a change rolled back
 * mails nobody.
 */
@IntegrationTest
class StaffApplicationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	ApplicationTransitions transitions;

	@Autowired
	StaffApplications staffApplications;

	@Autowired
	AccountService accounts;

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
		// In the team of Occitanie (76), the fixtures' lead region: it decides their eligibility.
		this.staff = this.test.newStaffOfRegions("Dominique Gestion", "76");
	}

	/** Leaves no mail of these tests waiting in the outbox, where it would delay other tests' mail. */
	@AfterEach
	void deliverWhatWasQueued() {
		TestMail.deliverAll(this.outbox);
	}

	@Test
	void theListShowsSubmittedApplicationsButNeverADraftAndFiltersByStatus() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Brouillon invisible " + UUID.randomUUID());
		TestApplications.Draft withdrawnDraft = this.test.newDraft("Brouillon retiré " + UUID.randomUUID());
		this.transitions.withdraw(withdrawnDraft.id(), as(withdrawnDraft.member()), null);
		TestApplications.Draft submitted = this.test.newSubmittedInRound("Projet déposé " + UUID.randomUUID());
		TestApplications.Draft inReview = this.test.newSubmittedInRound("Projet instruit " + UUID.randomUUID());
		Acting.asStaff(this.staff, () -> this.staffApplications.putInReview(inReview.id(), as(this.staff)));

		List<Long> all = Acting.asStaff(this.staff, () -> this.staffApplications.page(null, 1, 1_000_000)).items().stream().map(StaffApplicationRow::id).toList();
		assertThat(all).contains(submitted.id(), inReview.id()).doesNotContain(draft.id(), withdrawnDraft.id());

		String everything = page(get("/gestion/candidatures"), this.staff, "STAFF");
		assertThat(everything).contains(title(submitted)).contains(title(inReview)).doesNotContain(title(draft));
		String filtered = page(get("/gestion/candidatures?statut=SUBMITTED"), this.staff, "STAFF");
		assertThat(filtered).contains(title(submitted)).doesNotContain(title(inReview))
			.contains("<option value=\"SUBMITTED\" selected=\"selected\">Déposée</option>")
			.doesNotContain("value=\"DRAFT\"");
		assertThat(Acting.asStaff(this.staff, () -> this.staffApplications.page(ApplicationStatus.IN_REVIEW, 1, 1_000_000)).items())
			.allMatch((row) -> row.status() == ApplicationStatus.IN_REVIEW)
			.extracting(StaffApplicationRow::id).contains(inReview.id());
		// An unknown state or page in the address is ignored.
		assertThat(page(get("/gestion/candidatures?statut=DRAFT&page=abc"), this.staff, "STAFF")).contains(title(submitted));
	}

	@Test
	void theListRunsTheSameStatementsForAPageOfOneAsForAPageOfFifty() {
		String word = "Compté" + UUID.randomUUID().toString().substring(0, 8);
		for (int n = 0; n < 3; n++) {
			this.test.newSubmittedInRound("Projet " + word + " " + n);
		}
		// The rounds' labels are kept in memory once read (the selection module's cache): read them first.
		Acting.asStaff(this.staff, () -> this.staffApplications.page(ApplicationStatus.SUBMITTED, word, 1, 50));
		Acting.asStaff(this.staff, () -> this.staffApplications.page(null, 1, 50));
		long searchedOne = statementsFor(() -> Acting.asStaff(this.staff, () -> this.staffApplications.page(ApplicationStatus.SUBMITTED, word, 1, 1)));
		long searchedFifty = statementsFor(() -> Acting.asStaff(this.staff, () -> this.staffApplications.page(ApplicationStatus.SUBMITTED, word, 1, 50)));
		assertThat(Acting.asStaff(this.staff, () -> this.staffApplications.page(ApplicationStatus.SUBMITTED, word, 1, 50)).items()).hasSize(3)
			.allSatisfy((row) -> assertThat(row.organisationName()).isNotBlank())
			.allSatisfy((row) -> assertThat(row.roundLabel()).isNotBlank());
		// the organisations named like the search, the count, the rows, their organisations' names (their rounds'
		// labels are in memory)
		assertThat(searchedOne).isEqualTo(searchedFifty).isLessThanOrEqualTo(4);
		long one = statementsFor(() -> Acting.asStaff(this.staff, () -> this.staffApplications.page(null, 1, 1)));
		long fifty = statementsFor(() -> Acting.asStaff(this.staff, () -> this.staffApplications.page(null, 1, 50)));
		assertThat(one).isEqualTo(fifty).isLessThanOrEqualTo(3);
	}

	@Test
	void theSearchFindsAnApplicationByItsOrganisationsNameReferenceOrTitle() {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Projet cherché " + UUID.randomUUID());
		// The fixture names the organisation after the title: its whole name is found only as a name.
		String organisation = "Organisation " + title(draft);
		String reference = (String) this.test.row(draft.id()).get("reference");
		for (String search : List.of(organisation, organisation.toUpperCase(java.util.Locale.ROOT), reference,
				title(draft))) {
			assertThat(Acting.asStaff(this.staff, () -> this.staffApplications.page(null, search, 1, 1_000)).items()).as(search)
				.extracting(StaffApplicationRow::id)
				.contains(draft.id());
		}
		assertThat(Acting.asStaff(this.staff, () -> this.staffApplications.page(null, "Aucune organisation " + UUID.randomUUID(), 1, 20)).items())
			.isEmpty();
	}

	private static long statementsFor(Runnable page) {
		StatementCounter.reset();
		page.run();
		return StatementCounter.count();
	}

	@Test
	void theListIsPagedWithLinksThatKeepTheFilter() throws Exception {
		// More submitted applications than a page of the list holds (20).
		int created = 0;
		while (!Acting.asStaff(this.staff, () -> this.staffApplications.page(ApplicationStatus.SUBMITTED, 1, 20)).hasNext() && created++ < 21) {
			this.test.newSubmittedInRound("Projet de la pile " + created);
		}
		StaffApplicationPage first = Acting.asStaff(this.staff, () -> this.staffApplications.page(ApplicationStatus.SUBMITTED, 1, 20));
		assertThat(first.items()).hasSize(20);
		StaffApplicationPage second = Acting.asStaff(this.staff, () -> this.staffApplications.page(ApplicationStatus.SUBMITTED, 2, 20));
		assertThat(second.items()).isNotEmpty().doesNotContainAnyElementsOf(first.items());
		assertThat(page(get("/gestion/candidatures?statut=SUBMITTED"), this.staff, "STAFF"))
			.contains("href=\"/gestion/candidatures?statut=SUBMITTED&page=2\"").contains("Page 1 sur");
		assertThat(page(get("/gestion/candidatures?statut=SUBMITTED&page=2"), this.staff, "STAFF"))
			.contains("href=\"/gestion/candidatures?statut=SUBMITTED&page=1\"").contains("Page 2 sur");
	}

	@Test
	void staffSeeTheWholeApplicationButADraftAnswers404Everywhere() throws Exception {
		TestApplications.Draft submitted = this.test.newSubmittedInRound("Projet complet");
		assertThat(page(get("/gestion/candidatures/" + submitted.id()), this.staff, "STAFF"))
			.contains("Projet complet").contains("Un résumé du projet.").contains("La description du projet.")
			.contains("Égalité d'accès à l'emploi").contains("Montpellier").containsPattern("120.000.€")
			.containsPattern("45.000.€").contains("Cadres accompagnés").contains("Mettre en instruction")
			.contains("Renvoyer pour modification").contains("Historique");
		TestApplications.Draft draft = this.test.newDraft("Brouillon secret");
		String base = "/gestion/candidatures/" + draft.id();
		this.mvc.perform(get(base).with(user(this.staff).roles("STAFF"))).andExpect(status().isNotFound());
		this.mvc.perform(post(base + "/instruction").with(user(this.staff).roles("STAFF")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(base + "/renvoi").param("reason", "Non").with(user(this.staff).roles("STAFF")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(base + "/messages").param("text", "Coucou").with(user(this.staff).roles("STAFF")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/gestion/candidatures/" + Long.MAX_VALUE).with(user(this.staff).roles("STAFF")))
			.andExpect(status().isNotFound());
		assertThat(this.test.row(draft.id())).containsEntry("status", "DRAFT");
	}

	@Test
	void staffDownloadTheDocumentsAttachedToAnApplicationAndNoOtherDocumentOfTheVault() throws Exception {
		TestApplications.Draft submitted = this.test.newSubmittedInRound("Projet documenté");
		long statutes = this.jdbc.sql("""
				select id from organisation_document where organisation_id = ? and kind = 'STATUTES'""")
			.param(submitted.organisationId())
			.query(Long.class)
			.single();
		long bankDetails = this.jdbc.sql("""
				select id from organisation_document where organisation_id = ? and kind = 'BANK_DETAILS'""")
			.param(submitted.organisationId())
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into application_document (application_id, document_id) values (?, ?)")
			.params(submitted.id(), statutes)
			.update();
		byte[] stored = this.jdbc.sql("select content from organisation_document where id = ?")
			.param(statutes)
			.query(byte[].class)
			.single();
		String base = "/gestion/candidatures/" + submitted.id() + "/documents/";
		assertThat(page(get("/gestion/candidatures/" + submitted.id()), this.staff, "STAFF")).contains(base + statutes);

		byte[] downloaded = this.mvc.perform(get(base + statutes).with(user(this.staff).roles("STAFF")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(stored);
		// In the vault but not attached; attached to another application; a draft's; not staff.
		this.mvc.perform(get(base + bankDetails).with(user(this.staff).roles("STAFF"))).andExpect(status().isNotFound());
		TestApplications.Draft other = this.test.newSubmittedInRound("Autre projet");
		this.mvc.perform(get("/gestion/candidatures/" + other.id() + "/documents/" + statutes)
			.with(user(this.staff).roles("STAFF"))).andExpect(status().isNotFound());
		TestApplications.Draft draft = this.test.newDraft("Brouillon documenté");
		long draftStatutes = this.test.addDocument(draft, DocumentKind.STATUTES, null);
		this.jdbc.sql("insert into application_document (application_id, document_id) values (?, ?)")
			.params(draft.id(), draftStatutes)
			.update();
		this.mvc.perform(get("/gestion/candidatures/" + draft.id() + "/documents/" + draftStatutes)
			.with(user(this.staff).roles("STAFF"))).andExpect(status().isNotFound());
		this.mvc.perform(get(base + statutes).with(user(submitted.member()).roles("APPLICANT")))
			.andExpect(status().isForbidden());
	}

	@Test
	void staffReturnAnApplicationWithAMessageThatIsTheReasonAThreadMessageAndAMail() throws Exception {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Projet à revoir");
		String base = "/gestion/candidatures/" + draft.id();
		this.mvc.perform(post(base + "/renvoi").param("reason", "Précisez le budget\r\ndes actions de 2027.")
			.with(user(this.staff).roles("STAFF"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("notice", "La candidature a été renvoyée à l'organisation pour modification."));

		assertThat(this.test.row(draft.id())).containsEntry("status", "RETURNED");
		List<StatusChange> history = this.applications.history(draft.id(), as(draft.member()));
		StatusChange last = history.get(history.size() - 1);
		assertThat(last.from()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(last.to()).isEqualTo(ApplicationStatus.RETURNED);
		assertThat(last.reason()).isEqualTo("Précisez le budget\ndes actions de 2027.");
		// Members read the change as the team's; staff read who made it.
		assertThat(last.byStaff()).isTrue();
		assertThat(last.changedBy()).isNull();
		List<StatusChange> staffHistory = this.applications
			.historyForStaff(Acting.asStaff(this.staff, () -> this.applications.submittedApplication(draft.id())));
		assertThat(staffHistory.get(staffHistory.size() - 1).changedBy()).isEqualTo("Dominique Gestion");
		String page = HtmlUtils.htmlUnescape(this.mvc
			.perform(get("/espace/candidatures/" + draft.id()).with(user(draft.member()).roles("APPLICANT")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page).contains("par l'équipe Novapec").doesNotContain("Dominique Gestion");
		assertThat(this.messages.thread(draft.id(), as(draft.member())).messages()).singleElement().satisfies((message) -> {
			assertThat(message.fromStaff()).isTrue();
			assertThat(message.body()).isEqualTo("Précisez le budget\ndes actions de 2027.");
		});
		assertThat(outboxBodies(draft.member(), "%maintenant « À compléter »%")).singleElement()
			.satisfies((body) -> assertThat(body).contains("Précisez le budget\ndes actions de 2027.")
				.contains("/espace/candidatures/" + draft.id()));
		// One mail for the return, none more for the message it put in the thread.
		assertThat(outboxBodies(draft.member(), "%un message de l'équipe%")).isEmpty();
		TestMail.deliverAll(this.outbox);
		assertThat(TestMail.to(draft.member()).stream().map(StaffApplicationsTests::subject))
			.anyMatch((subject) -> subject.contains("Projet à revoir") && subject.contains("À compléter"));
		assertThat(page(get("/espace/candidatures/" + draft.id()), draft.member(), "APPLICANT"))
			.contains("Précisez le budget\ndes actions de 2027.");
	}

	@Test
	void aReturnWithoutAMessageIsRefusedBesideItsFieldAndNothingChanges() throws Exception {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Projet sans motif");
		int history = this.applications.history(draft.id(), as(draft.member())).size();
		String page = HtmlUtils.htmlUnescape(this.mvc.perform(post("/gestion/candidatures/" + draft.id() + "/renvoi")
			.param("reason", "   ")
			.with(user(this.staff).roles("STAFF"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("staff/application"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page).contains("id=\"reason-error\"")
			.contains("Écrivez ce que l'organisation doit modifier")
			.doesNotContain("Écrivez votre message.");
		assertThat(this.test.row(draft.id())).containsEntry("status", "SUBMITTED");
		assertThat(this.applications.history(draft.id(), as(draft.member()))).hasSize(history);
		assertThat(this.messages.thread(draft.id(), as(draft.member())).messages()).isEmpty();
	}

	@Test
	void staffPutAnApplicationInReviewAndEveryMemberIsToldByMail() throws Exception {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Projet instruit");
		String second = this.test.organisations().newApplicant("Second membre");
		this.test.organisations().addMember(draft.organisationId(), second);
		this.mvc.perform(post("/gestion/candidatures/" + draft.id() + "/instruction")
			.with(user(this.staff).roles("STAFF"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/gestion/candidatures/" + draft.id()));
		assertThat(this.test.row(draft.id())).containsEntry("status", "IN_REVIEW");
		TestMail.deliverAll(this.outbox);
		for (String member : List.of(draft.member(), second)) {
			List<MimeMessage> mails = TestMail.to(member).stream()
				.filter((m) -> subject(m).contains("Projet instruit") && subject(m).contains("En instruction"))
				.toList();
			assertThat(mails).as(member).hasSize(1);
			assertThat(TestMail.link(mails.get(0), "/espace/candidatures/")).isEqualTo("/espace/candidatures/" + draft.id());
		}
	}

	@Test
	void anApplicationWaitingForItsRoundCannotBePutInReviewAndSaysWhy() throws Exception {
		TestApplications.Draft draft = this.test.newSubmitted("Projet en attente");
		String base = "/gestion/candidatures/" + draft.id();
		assertThat(page(get(base), this.staff, "STAFF")).doesNotContain("action=\"" + base + "/instruction\"")
			.contains("cette candidature attend la prochaine").contains("action=\"" + base + "/renvoi\"");
		this.mvc.perform(post(base + "/instruction").with(user(this.staff).roles("STAFF")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("alert", containsString("attend encore sa session de sélection")));
		assertThat(this.test.row(draft.id())).containsEntry("status", "SUBMITTED");
		assertThat(outboxBodies(draft.member(), "%maintenant « En instruction »%")).isEmpty();
	}

	@Test
	void aLateOrRefusedActionGivesAClearMessageNeverAnError() throws Exception {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Projet disputé");
		String base = "/gestion/candidatures/" + draft.id();
		Acting.asStaff(this.staff, () -> this.staffApplications.putInReview(draft.id(), as(this.staff)));
		this.mvc.perform(post(base + "/renvoi").param("reason", "Trop tard").with(user(this.staff).roles("STAFF")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("alert", containsString("Ce changement n'est pas permis")));
		this.mvc.perform(post(base + "/instruction").with(user(this.staff).roles("STAFF")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("alert", containsString("« En instruction »")));
		assertThat(this.test.row(draft.id())).containsEntry("status", "IN_REVIEW");
		assertThat(Acting.asStaff(this.staff, () -> this.messages.threadForStaff(draft.id())).messages()).isEmpty();
		assertThat(page(get(base), this.staff, "STAFF")).doesNotContain("action=\"" + base + "/renvoi\"")
			.doesNotContain("action=\"" + base + "/instruction\"");
	}

	@Test
	void ofTwoStaffActingAtOnceOnlyOnePassesAndTheOtherIsRefused() throws Exception {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Projet convoité");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			Callable<Object> review = () -> {
				start.await(30, TimeUnit.SECONDS);
				Acting.asStaff(this.staff, () -> this.staffApplications.putInReview(draft.id(), as(this.staff)));
				return "IN_REVIEW";
			};
			Callable<Object> giveBack = () -> {
				start.await(30, TimeUnit.SECONDS);
				Acting.asStaff(this.staff, () -> this.staffApplications.returnForChanges(draft.id(), as(this.staff), "À revoir"));
				return "RETURNED";
			};
			Future<Object> first = executor.submit(review);
			Future<Object> second = executor.submit(giveBack);
			start.countDown();
			int passed = 0;
			int refused = 0;
			for (Future<Object> result : List.of(first, second)) {
				try {
					result.get(30, TimeUnit.SECONDS);
					passed++;
				}
				catch (java.util.concurrent.ExecutionException ex) {
					assertThat(ex.getCause()).isInstanceOf(IllegalTransitionException.class);
					refused++;
				}
			}
			assertThat(passed).isEqualTo(1);
			assertThat(refused).isEqualTo(1);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.applications.history(draft.id(), as(draft.member()))).extracting(StatusChange::to)
			.containsExactly(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED,
					ApplicationStatus.valueOf((String) this.test.row(draft.id()).get("status")));
	}

	@Test
	void applicantsAndReviewersGet403OnTheStaffApplicationPages() throws Exception {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Projet gardé");
		for (String path : List.of("/gestion/candidatures", "/gestion/candidatures/" + draft.id())) {
			this.mvc.perform(get(path).with(user(draft.member()).roles("APPLICANT"))).andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(user("expert@apec.fr").roles("REVIEWER"))).andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(user(IntegrationTest.ADMIN_EMAIL).roles("ADMIN", "STAFF")))
				.andExpect(status().isOk());
		}
		this.mvc.perform(post("/gestion/candidatures/" + draft.id() + "/instruction")
			.with(user("expert@apec.fr").roles("REVIEWER"))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(this.test.row(draft.id())).containsEntry("status", "SUBMITTED");
		assertThat(page(get("/gestion"), this.staff, "STAFF")).contains("href=\"/gestion/candidatures\"");
		assertThat(page(get("/gestion"), "expert@apec.fr", "REVIEWER")).doesNotContain("href=\"/gestion/candidatures\"");
	}

	@Test
	void everyMemberIsMailedAtAWithdrawalAndAtAReviewButNotAtTheCommitteesUnpublishedDecision() throws Exception {
		TestApplications.Draft withdrawn = this.test.newSubmittedInRound("Projet abandonné");
		String second = this.test.organisations().newApplicant("Second membre");
		this.test.organisations().addMember(withdrawn.organisationId(), second);
		this.transitions.withdraw(withdrawn.id(), as(withdrawn.member()), "Financé ailleurs");
		for (String member : List.of(withdrawn.member(), second)) {
			assertThat(outboxBodies(member, "%maintenant « Retirée »%")).as(member).singleElement()
				.satisfies((body) -> assertThat(body).contains("Financé ailleurs"));
		}
		TestApplications.Draft rejected = this.test.newSubmittedInRound("Projet écarté");
		Acting.asStaff(this.staff, () -> this.staffApplications.putInReview(rejected.id(), as(this.staff)));
		assertThat(outboxBodies(rejected.member(), "%maintenant « En instruction »%")).singleElement();
		// The committee's decision is not mailed when it is recorded: the round's publication sends the decision
		// letter (RoundPublicationTests), so that nobody learns it while the committee still deliberates.
		this.test.decide(rejected, Decision.REJECTED, null, "Hors du champ de l'appel");
		assertThat(outboxBodies(rejected.member(), "%maintenant « Non retenue »%")).isEmpty();
		// The submission's own receipt is the only mail of a submission: no second one from the change of state.
		assertThat(outboxBodies(rejected.member(), "%maintenant « Déposée »%")).isEmpty();
	}

	@Test
	void aChangeRolledBackMailsNobody() {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Projet hésitant");
		this.transactions.executeWithoutResult((status) -> {
			Acting.asStaff(this.staff, () -> this.staffApplications.putInReview(draft.id(), as(this.staff)));
			assertThat(outboxBodies(draft.member(), "%maintenant « En instruction »%")).hasSize(1);
			status.setRollbackOnly();
		});
		assertThat(this.test.row(draft.id())).containsEntry("status", "SUBMITTED");
		assertThat(outboxBodies(draft.member(), "%maintenant « En instruction »%")).isEmpty();
	}

	/**
	 * The staff service checks the role itself, not only the URL rules: a member of the organisation, or a
	 * reviewer, calling it directly in their own security context is refused, and nothing changes.
	 */
	@Test
	void aMemberOrAReviewerCallingStaffPutInReviewDirectlyIsRefused() {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Projet convoité");
		String reviewer = "relecteur-" + UUID.randomUUID() + "@apec.test";
		this.accounts.createAccount(reviewer, "Relecture-2026!", "Relecteur", EnumSet.of(Role.REVIEWER));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> Acting.as(draft.member(), "APPLICANT",
				() -> putInReview(draft.id(), draft.member())));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> Acting.as(reviewer, "REVIEWER", () -> putInReview(draft.id(), reviewer)));
		// The list takes no account at all: only the role of the security context keeps it from them.
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
				() -> Acting.as(draft.member(), "APPLICANT", () -> this.staffApplications.page(null, 1, 20)));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> Acting.as(reviewer, "REVIEWER", () -> this.staffApplications.page(null, 1, 20)));
		assertThat(this.test.row(draft.id())).containsEntry("status", "SUBMITTED");
		assertThat(Acting.asStaff(this.staff, () -> putInReview(draft.id(), this.staff))).isTrue();
		assertThat(this.test.row(draft.id())).containsEntry("status", "IN_REVIEW");
	}

	private boolean putInReview(long id, String login) {
		this.staffApplications.putInReview(id, as(login));
		return true;
	}

	private String title(TestApplications.Draft draft) {
		return (String) this.test.row(draft.id()).get("title");
	}

	/** The plain-text bodies of the mails queued for this address whose subject is like this pattern. */
	private List<String> outboxBodies(String recipient, String subjectLike) {
		return this.jdbc.sql("select text_body from mail_outbox where recipient = ? and subject like ? order by id")
			.param(recipient)
			.param(subjectLike)
			.query(String.class)
			.list();
	}

	private String page(MockHttpServletRequestBuilder request, String email, String... roles) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.perform(request.with(user(email).roles(roles)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	static String subject(MimeMessage mail) {
		return ApplicationMessagesTests.subject(mail);
	}

}
