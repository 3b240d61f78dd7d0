package fr.apec.novapec.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.Rounds;
import fr.apec.novapec.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The review step and the submission: the review lists exactly what blocks the submission, each with the
 * link that fixes it; a complete and eligible application is submitted once (however many clicks),
 * becomes read-only, is audited, joins the next open round or waits for one, and its member gets a
 * receipt; anything else is refused with the list, and another organisation's member gets 404.
 */
@IntegrationTest
class ApplicationSubmissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	ApplicationDrafting drafting;

	@Autowired
	ApplicationSubmissions submissions;

	@Autowired
	MailOutbox mail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SelectionService selection;

	@Autowired
	TestApplications test;

	@Test
	void theReviewOfAnEmptyDraftListsEveryMissingPartAndEveryMissingDocumentWithItsLink() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Projet vide");
		List<Blocker> blockers = this.submissions.review(draft.id(), as(draft.member())).blockers();
		assertThat(blockers).extracting(Blocker::messageKey)
			.containsExactly("application.missing.summary", "application.missing.description",
					"application.missing.theme", "application.missing.publics", "application.missing.regions",
					"application.missing.planned", "application.missing.startDate",
					"application.missing.durationMonths", "application.missing.totalBudget",
					"application.missing.requestedAmount", "application.missing.indicators",
					"application.blocker.document.missing",
					"application.blocker.document.missing", "application.blocker.document.missing");

		String page = page(get(review(draft)).with(user(draft.member()).roles("APPLICANT")));
		List<String> items = blockerItems(page);
		assertThat(items).hasSize(blockers.size());
		String base = "/espace/candidatures/" + draft.id();
		assertThat(items.get(0)).contains("le résumé").contains("href=\"" + base + "/projet\"");
		assertThat(items.get(3)).contains("au moins un public").contains("href=\"" + base + "/themes-et-publics\"");
		assertThat(items.get(4)).contains("au moins une région").contains("href=\"" + base + "/territoires\"");
		assertThat(items.get(5)).contains("href=\"" + base + "/beneficiaires-et-calendrier\"");
		assertThat(items.get(9)).contains("le montant demandé").contains("href=\"" + base + "/budget\"");
		String documents = "href=\"/espace/organisation/" + draft.organisationId() + "/documents\"";
		assertThat(items.get(10)).contains("au moins un indicateur").contains("href=\"" + base + "/indicateurs\"");
		assertThat(items.get(11)).contains("Statuts").contains(documents);
		assertThat(items.get(12)).contains("Derniers comptes approuvés").contains(documents);
		assertThat(items.get(13)).contains("Relevé d'identité bancaire (RIB)").contains(documents);
		assertThat(page).doesNotContain("Déposer ma candidature</button>");
	}

	@Test
	void theReviewOfACompleteDraftOfACommercialCompanyListsOnlyTheEssRuleAndAnExpiredDocument() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Projet d'entreprise");
		this.test.fillAllSteps(draft);
		this.test.addDocument(draft, DocumentKind.STATUTES, null);
		this.test.addDocument(draft, DocumentKind.APPROVED_ACCOUNTS, null);
		this.test.addDocument(draft, DocumentKind.BANK_DETAILS, LocalDate.now().minusDays(2));
		commercialCompany(draft);

		assertThat(this.submissions.review(draft.id(), as(draft.member())).blockers()).containsExactly(
				new Blocker(Blocker.Fix.ORGANISATION, null, "application.blocker.notEss", null),
				new Blocker(Blocker.Fix.DOCUMENTS, null, "application.blocker.document.expired",
						DocumentKind.BANK_DETAILS));
		List<String> items = blockerItems(page(get(review(draft)).with(user(draft.member()).roles("APPLICANT"))));
		assertThat(items).hasSize(2);
		assertThat(items.get(0)).contains("économie sociale et solidaire")
			.contains("href=\"/espace/organisation/" + draft.organisationId() + "/modifier\"");
		assertThat(items.get(1)).contains("plus valide")
			.contains("href=\"/espace/organisation/" + draft.organisationId() + "/documents\"");

		this.jdbc.sql("update organisation set esus = true where id = ?").param(draft.organisationId()).update();
		this.test.addDocument(draft, DocumentKind.BANK_DETAILS, LocalDate.now().plusMonths(6));
		assertThat(this.submissions.review(draft.id(), as(draft.member())).blockers()).isEmpty();
	}

	@Test
	void aCompleteEligibleDraftIsSubmittedAuditedReadOnlyAndWaitsForTheNextRound() throws Exception {
		TestApplications.Draft draft = this.test.newCompleteDraft("Projet prêt");
		String page = page(get(review(draft)).with(user(draft.member()).roles("APPLICANT")));
		assertThat(page).contains("Déposer ma candidature</button>").contains("action=\"" + submit(draft) + "\"");

		this.mvc.perform(TestApplications.submission(draft).with(user(draft.member()).roles("APPLICANT")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/espace/candidatures/" + draft.id()))
			.andExpect(flash().attribute("notice", org.hamcrest.Matchers.containsString("en attente")));

		Map<String, Object> row = this.test.row(draft.id());
		assertThat(row).containsEntry("status", "SUBMITTED").containsEntry("round_id", null);
		assertThat(row.get("submitted_at")).isNotNull();
		List<StatusChange> history = this.applications.history(draft.id(), as(draft.member()));
		assertThat(history).hasSize(2);
		assertThat(history.get(1).from()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(history.get(1).to()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(history.get(1).changedBy()).isEqualTo("Membre");

		String overview = page(get("/espace/candidatures/" + draft.id()).with(user(draft.member()).roles("APPLICANT")));
		assertThat(overview).contains("En attente de la prochaine session de sélection");
		assertThat(page(get("/espace/candidatures").with(user(draft.member()).roles("APPLICANT"))))
			.contains("En attente de la prochaine session de sélection");

		// Read-only from now on: a step's save is refused and nothing changes.
		this.mvc.perform(post("/espace/candidatures/" + draft.id() + "/projet")
			.with(user(draft.member()).roles("APPLICANT"))
			.with(csrf())
			.param("title", "Changé après dépôt")
			.param("summary", "Changé")).andExpect(status().is3xxRedirection());
		assertThat(this.test.row(draft.id())).isEqualTo(row);
	}

	@Test
	void aSubmittedApplicationJoinsTheEarliestOpenRoundOfItsCall() throws Exception {
		List<Long> rounds = new ArrayList<>();
		TestApplications.Draft draft = this.test.newCompleteDraft("Projet à l'heure");
		try {
			rounds.add(round("Session lointaine", LocalDate.now().plusMonths(8)));
			rounds.add(round("Session prochaine", LocalDate.now().plusMonths(2)));
			rounds.add(round("Session passée", LocalDate.now().minusDays(1)));

			this.mvc.perform(TestApplications.submission(draft).with(user(draft.member()).roles("APPLICANT")).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("notice", org.hamcrest.Matchers.containsString("Session prochaine")));
			assertThat(this.test.row(draft.id())).containsEntry("status", "SUBMITTED")
				.containsEntry("round_id", rounds.get(1));
			assertThat(page(get("/espace/candidatures/" + draft.id()).with(user(draft.member()).roles("APPLICANT"))))
				.contains("Session prochaine")
				.doesNotContain("En attente de la prochaine session");
		}
		finally {
			// The rounds go again, so that other tests find no open round.
			for (long round : rounds) {
				Rounds.remove(this.selection, this.jdbc, round);
			}
		}
	}

	@Test
	void aDoubleClickSubmitsOnceAndTheSecondClickGetsAClearMessage() throws Exception {
		TestApplications.Draft draft = this.test.newCompleteDraft("Projet double");
		this.mvc.perform(TestApplications.submission(draft).with(user(draft.member()).roles("APPLICANT")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(TestApplications.submission(draft).with(user(draft.member()).roles("APPLICANT")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/espace/candidatures/" + draft.id()))
			.andExpect(flash().attribute("alert", "Cette candidature a déjà été déposée : rien n'a été changé."));
		assertThat(submittedRows(draft)).isEqualTo(1);
		assertThat(receipts(draft)).isEqualTo(1);
	}

	@Test
	void twoSubmissionsAtOnceMakeExactlyOneSubmission() throws Exception {
		TestApplications.Draft draft = this.test.newCompleteDraft("Projet simultané");
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			Callable<Boolean> submitting = () -> {
				try {
					this.submissions.submit(draft.id(), as(draft.member()), true);
					return true;
				}
				catch (IllegalTransitionException ex) {
					return false;
				}
			};
			Future<Boolean> first = executor.submit(submitting);
			Future<Boolean> second = executor.submit(submitting);
			assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
				.containsExactlyInAnyOrder(true, false);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(submittedRows(draft)).isEqualTo(1);
		assertThat(receipts(draft)).isEqualTo(1);
	}

	@Test
	void anIncompleteDraftIsRefusedWithTheListAndNothingChanges() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Projet incomplet");
		Map<String, Object> before = this.test.row(draft.id());
		MvcResult result = this.mvc
			.perform(TestApplications.submission(draft).with(user(draft.member()).roles("APPLICANT")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("application/verification"))
			.andReturn();
		String page = HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
		assertThat(page).contains("role=\"alert\"").contains("ne peut pas encore être déposée");
		assertThat(blockerItems(page)).hasSize(14);
		assertThat(this.test.row(draft.id())).isEqualTo(before);
		assertThat(this.applications.history(draft.id(), as(draft.member()))).hasSize(1);
		assertThat(receipts(draft)).isZero();
	}

	@Test
	void anIneligibleDraftIsRefusedWithTheRuleItBreaks() throws Exception {
		TestApplications.Draft draft = this.test.newCompleteDraft("Projet non éligible");
		commercialCompany(draft);
		String page = page(TestApplications.submission(draft).with(user(draft.member()).roles("APPLICANT")).with(csrf()));
		assertThat(blockerItems(page)).singleElement()
			.satisfies((item) -> assertThat(item).contains("économie sociale et solidaire"));
		assertThat(this.test.row(draft.id())).containsEntry("status", "DRAFT");
		org.assertj.core.api.Assertions.assertThatExceptionOfType(SubmissionBlockedException.class)
			.isThrownBy(() -> this.submissions.submit(draft.id(), as(draft.member()), true))
			.satisfies((ex) -> assertThat(ex.blockers()).extracting(Blocker::messageKey)
				.containsExactly("application.blocker.notEss"));
		assertThat(submittedRows(draft)).isZero();
	}

	@Test
	void aMemberOfAnotherOrganisationGets404OnTheReviewSubmitAndWithdrawRoutes() throws Exception {
		TestApplications.Draft a = this.test.newCompleteDraft("Projet de A");
		TestApplications.Draft b = this.test.newDraft("Projet de B");
		Map<String, Object> before = this.test.row(a.id());
		String base = "/espace/candidatures/" + a.id();
		this.mvc.perform(get(base + "/verification").with(user(b.member()).roles("APPLICANT")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(base + "/retirer").with(user(b.member()).roles("APPLICANT")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(base + "/deposer").with(user(b.member()).roles("APPLICANT")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(base + "/retirer").with(user(b.member()).roles("APPLICANT")).with(csrf())
			.param("reason", "Intrus")).andExpect(status().isNotFound());
		long missing = Long.MAX_VALUE - 1;
		this.mvc.perform(get("/espace/candidatures/" + missing + "/verification").with(user(b.member()).roles("APPLICANT")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/espace/candidatures/" + missing + "/deposer").with(user(b.member()).roles("APPLICANT"))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(this.test.row(a.id())).isEqualTo(before);
		assertThat(this.applications.history(a.id(), as(a.member()))).hasSize(1);
	}

	@Test
	void theSubmittingMemberReceivesAReceiptWithTheTitleOrganisationDateRoundAndLink() throws Exception {
		TestApplications.Draft draft = this.test.newCompleteDraft("Projet reçu");
		this.mvc.perform(TestApplications.submission(draft).with(user(draft.member()).roles("APPLICANT")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		TestMail.deliverAll(this.mail);
		List<MimeMessage> received = TestMail.to(draft.member());
		assertThat(received).hasSize(1);
		MimeMessage receipt = received.get(0);
		assertThat(receipt.getSubject()).contains("Projet reçu");
		String text = TestMail.text(receipt);
		assertThat(TestMail.link(receipt, "/espace/candidatures/")).isEqualTo("/espace/candidatures/" + draft.id());
		assertThat(decoded(receipt)).contains("présentée au nom de l'organisation « Organisation Projet reçu »")
			.contains(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.FRANCE)
				.format(LocalDate.now(fr.apec.novapec.shared.Formats.PARIS)))
			.contains("en attente de la prochaine session de sélection");
		assertThat(text).isNotEmpty();
	}

	@Test
	void aReturnedApplicationShowsTheStaffReasonIsEditableAndIsSubmittedAgainThroughTheReview() throws Exception {
		TestApplications.Draft draft = this.test.newSubmitted("Projet renvoyé");
		this.test.returnForChanges(draft, "Précisez les cofinancements attendus.");

		String overview = page(get("/espace/candidatures/" + draft.id()).with(user(draft.member()).roles("APPLICANT")));
		assertThat(overview).contains("Modifications demandées")
			.contains("Précisez les cofinancements attendus.")
			.contains("href=\"/espace/candidatures/" + draft.id() + "/verification\"");

		this.mvc.perform(post("/espace/candidatures/" + draft.id() + "/projet")
			.with(user(draft.member()).roles("APPLICANT"))
			.with(csrf())
			.param("title", "Projet renvoyé")
			.param("summary", "Un résumé précisé.")
			.param("description", "Une description précisée.")).andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("notice"));
		assertThat(this.applications.draft(draft.id(), as(draft.member())).summary()).isEqualTo("Un résumé précisé.");
		assertThat(blockerItems(page(get(review(draft)).with(user(draft.member()).roles("APPLICANT"))))).isEmpty();

		this.mvc.perform(TestApplications.submission(draft).with(user(draft.member()).roles("APPLICANT")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("notice"));
		assertThat(this.test.row(draft.id())).containsEntry("status", "SUBMITTED");
		assertThat(this.applications.history(draft.id(), as(draft.member()))).extracting(StatusChange::to)
			.containsExactly(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED,
					ApplicationStatus.SUBMITTED);
		assertThat(submittedRows(draft)).isEqualTo(2);
	}

	// Helpers

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** The items of the page's list of blockers, each as its HTML; empty when the page has none. */
	private static List<String> blockerItems(String page) {
		Matcher list = Pattern.compile("<ul class=\"blockers\">(.*?)</ul>", Pattern.DOTALL).matcher(page);
		List<String> items = new ArrayList<>();
		if (list.find()) {
			Matcher item = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL).matcher(list.group(1));
			while (item.find()) {
				items.add(item.group(1));
			}
		}
		return items;
	}

	private void commercialCompany(TestApplications.Draft draft) {
		this.jdbc.sql("update organisation set legal_form_code = 'societe-commerciale', rna = null, esus = false where id = ?")
			.param(draft.organisationId())
			.update();
	}

	private long round(String label, LocalDate deadline) {
		return Rounds.create(this.selection, label, deadline);
	}

	private int submittedRows(TestApplications.Draft draft) {
		return this.jdbc.sql("""
				select count(*) from application_status_change where application_id = ? and to_status = 'SUBMITTED'""")
			.param(draft.id())
			.query(Integer.class)
			.single();
	}

	private int receipts(TestApplications.Draft draft) {
		return this.jdbc.sql("select count(*) from mail_outbox where recipient = ?")
			.param(draft.member())
			.query(Integer.class)
			.single();
	}

	private static String decoded(MimeMessage message) throws Exception {
		Object content = message.getContent();
		StringBuilder text = new StringBuilder();
		if (content instanceof jakarta.mail.Multipart multipart) {
			collect(multipart, text);
		}
		else {
			text.append(content);
		}
		return fr.apec.novapec.support.Text.plainSpaces(HtmlUtils.htmlUnescape(text.toString()));
	}

	private static void collect(jakarta.mail.Multipart multipart, StringBuilder text) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			Object part = multipart.getBodyPart(i).getContent();
			if (part instanceof jakarta.mail.Multipart nested) {
				collect(nested, text);
			}
			else {
				text.append(part).append('\n');
			}
		}
	}

	private static String review(TestApplications.Draft draft) {
		return "/espace/candidatures/" + draft.id() + "/verification";
	}

	private static String submit(TestApplications.Draft draft) {
		return "/espace/candidatures/" + draft.id() + "/deposer";
	}

}
