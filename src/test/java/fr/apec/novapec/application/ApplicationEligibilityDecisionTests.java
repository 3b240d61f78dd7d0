package fr.apec.novapec.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import static fr.apec.novapec.support.Races.await;
import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Eligibility, decided by staff of the lead region's team or an administrator: eligible puts the application
 * in review in its round, not eligible rejects it with a reason mailed to its members. Anyone else gets 403,
 * from the service as well as from the page; of two decisions at once, one wins and the other is told so.
 */
@IntegrationTest
class ApplicationEligibilityDecisionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApplications test;

	@Autowired
	StaffApplications staffApplications;

	@Autowired
	Applications applications;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MailOutbox outbox;

	@AfterEach
	void deliverWhatWasQueued() {
		TestMail.deliverAll(this.outbox);
	}

	@Test
	void staffOutsideTheLeadRegionsTeamGet403AndNothingChanges() throws Exception {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Projet d'une autre région " + UUID.randomUUID());
		// In the teams of Île-de-France and of Bretagne, not of Occitanie (76), the lead region.
		String outsider = this.test.newStaffOfRegions("Claude Ailleurs", "11", "53");
		String base = "/gestion/candidatures/" + draft.id();
		this.mvc.perform(post(base + "/instruction").with(user(outsider).roles("STAFF")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(base + "/non-eligible").param("ineligibleReason", "Hors champ")
			.with(user(outsider).roles("STAFF")).with(csrf())).andExpect(status().isForbidden());
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> Acting.asStaff(outsider,
				() -> this.staffApplications.declareIneligible(draft.id(), as(outsider), "Hors champ")));
		// A staff member of no team at all is refused the same way.
		String noTeam = this.test.organisations().newStaff("Sans équipe");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
				() -> Acting.asStaff(noTeam, () -> this.staffApplications.putInReview(draft.id(), as(noTeam))));
		assertThat(this.test.row(draft.id())).containsEntry("status", "SUBMITTED");
		// The page hides the decisions from them, and says who decides.
		assertThat(page(base, outsider, "STAFF")).doesNotContain("action=\"" + base + "/instruction\"")
			.doesNotContain("action=\"" + base + "/non-eligible\"")
			.contains("équipe de la région cheffe de file");
	}

	@Test
	void staffOfTheLeadRegionsTeamFindItEligibleAndItGoesIntoReview() throws Exception {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Projet éligible " + UUID.randomUUID());
		String lead = this.test.newStaffOfRegions("Alix Occitanie", "76");
		String base = "/gestion/candidatures/" + draft.id();
		assertThat(page(base, lead, "STAFF")).contains("action=\"" + base + "/instruction\"")
			.contains("action=\"" + base + "/non-eligible\"");
		this.mvc.perform(post(base + "/instruction").with(user(lead).roles("STAFF")).with(csrf()))
			.andExpect(redirectedUrl(base));
		assertThat(this.test.row(draft.id())).containsEntry("status", "IN_REVIEW");
	}

	@Test
	void anAdministratorOfNoTeamDecidesEligibility() throws Exception {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Projet tranché " + UUID.randomUUID());
		this.mvc.perform(post("/gestion/candidatures/" + draft.id() + "/non-eligible")
			.param("ineligibleReason", "L'organisation n'est pas de l'ESS.")
			.with(user(IntegrationTest.ADMIN_EMAIL).roles("ADMIN", "STAFF")).with(csrf()))
			.andExpect(redirectedUrl("/gestion/candidatures/" + draft.id()));
		assertThat(this.test.row(draft.id())).containsEntry("status", "REJECTED");
	}

	@Test
	void aReviewerCannotDecideEligibility() throws Exception {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Projet relu " + UUID.randomUUID());
		String reviewer = "relecteur-" + UUID.randomUUID() + "@apec.test";
		for (String path : List.of("/instruction", "/non-eligible")) {
			this.mvc.perform(post("/gestion/candidatures/" + draft.id() + path).param("ineligibleReason", "Non")
				.with(user(reviewer).roles("REVIEWER")).with(csrf())).andExpect(status().isForbidden());
		}
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> Acting.as(reviewer, "REVIEWER",
				() -> { this.staffApplications.declareIneligible(draft.id(), as(IntegrationTest.ADMIN_EMAIL), "Non"); return null; }));
		assertThat(this.test.row(draft.id())).containsEntry("status", "SUBMITTED");
	}

	@Test
	void notEligibleRejectsItEvenWithoutRoundAndMailsTheReasonToEveryMember() throws Exception {
		// Still waiting for its round: a rejection needs none.
		TestApplications.Draft draft = this.test.newSubmitted("Projet hors champ " + UUID.randomUUID());
		String second = this.test.organisations().newApplicant("Seconde membre");
		this.test.organisations().addMember(draft.organisationId(), second);
		String lead = this.test.newStaffOfRegions("Alix Occitanie", "76");
		TestMail.deliverAll(this.outbox);
		TestMail.purge();
		this.mvc.perform(post("/gestion/candidatures/" + draft.id() + "/non-eligible")
			.param("ineligibleReason", "Le projet ne s'adresse à aucun des trois publics de l'appel.")
			.with(user(lead).roles("STAFF")).with(csrf())).andExpect(redirectedUrl("/gestion/candidatures/" + draft.id()));
		assertThat(this.test.row(draft.id())).containsEntry("status", "REJECTED");
		List<StatusChange> history = this.applications.history(draft.id(), as(draft.member()));
		assertThat(history.get(history.size() - 1).reason())
			.isEqualTo("Le projet ne s'adresse à aucun des trois publics de l'appel.");
		TestMail.deliverAll(this.outbox);
		for (String member : List.of(draft.member(), second)) {
			List<MimeMessage> mails = TestMail.to(member);
			assertThat(mails).as(member).singleElement().satisfies((mail) -> {
				assertThat(mail.getSubject()).contains("« Non retenue »");
				assertThat(MailTexts.plain(mail)).contains("Le projet ne s'adresse à aucun des trois publics de l'appel.")
					.contains("conditions d'éligibilité").doesNotContain("comité de sélection ne l'a pas retenue");
			});
		}
	}

	@Test
	void notEligibleWithoutAReasonIsRefusedBesideItsFieldAndNothingChanges() throws Exception {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Projet sans motif " + UUID.randomUUID());
		String lead = this.test.newStaffOfRegions("Alix Occitanie", "76");
		String html = HtmlUtils.htmlUnescape(this.mvc.perform(post("/gestion/candidatures/" + draft.id() + "/non-eligible")
			.param("ineligibleReason", "   ").with(user(lead).roles("STAFF")).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(html).contains("Écrivez pourquoi la candidature n'est pas éligible").contains("href=\"#ineligibleReason\"");
		assertThat(this.test.row(draft.id())).containsEntry("status", "SUBMITTED");
	}

	@Test
	void theEligibilitySectionRerunsTheRulesAndShowsEachDocumentsValidity() throws Exception {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Projet contrôlé " + UUID.randomUUID());
		// A certificate that expired yesterday: it was valid at the submission (today), not any more tomorrow…
		this.test.addDocument(draft, DocumentKind.ESUS_CERTIFICATE, LocalDate.now().minusDays(400));
		String staff = this.test.newStaffOfRegions("Alix Occitanie", "76");
		String html = page("/gestion/candidatures/" + draft.id(), staff, "STAFF");
		assertThat(html).contains("Éligibilité").contains("Toutes les règles d'éligibilité sont respectées")
			.contains("statutes.pdf").contains("approved_accounts.pdf").contains("bank_details.pdf")
			.contains("Au dépôt (").contains("Au contrôle (").contains("valide");
		EligibilityCheck check = Acting.asStaff(staff, () -> this.staffApplications.eligibility(draft.id(), as(staff)));
		assertThat(check.eligible()).isTrue();
		assertThat(check.mayDecide()).isTrue();
		assertThat(check.documents()).extracting(EligibilityCheck.CheckedDocument::kind)
			.contains("STATUTES", "APPROVED_ACCOUNTS", "BANK_DETAILS");
		assertThat(check.documents()).allSatisfy((doc) -> assertThat(doc.validOnCheck()).isTrue());
	}

	@Test
	void ofAnEligibleAndANotEligibleDecisionAtOnceOneWinsAndTheOtherIsToldItWasOvertaken() throws Exception {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Projet disputé " + UUID.randomUUID());
		String first = this.test.newStaffOfRegions("Alix Occitanie", "76");
		String second = this.test.newStaffOfRegions("Sacha Occitanie", "76");
		CountDownLatch firstDecided = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			// The first decision holds its transaction open until the second has started.
			Future<?> eligible = executor.submit(() -> this.transactions.executeWithoutResult((status) -> {
				Acting.asStaff(first, () -> this.staffApplications.putInReview(draft.id(), as(first)));
				firstDecided.countDown();
				await(secondStarted);
				pause();
			}));
			Future<?> ineligible = executor.submit(() -> {
				await(firstDecided);
				secondStarted.countDown();
				Acting.asStaff(second, () -> this.staffApplications.declareIneligible(draft.id(), as(second), "Trop tard"));
			});
			eligible.get(30, TimeUnit.SECONDS);
			assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> ineligible.get(30, TimeUnit.SECONDS))
				.withCauseInstanceOf(IllegalTransitionException.class)
				.satisfies((ex) -> assertThat(((IllegalTransitionException) ex.getCause()).messageKey())
					.isEqualTo("application.transition.overtaken"));
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.test.row(draft.id())).containsEntry("status", "IN_REVIEW");
		assertThat(this.applications.history(draft.id(), as(draft.member()))).extracting(StatusChange::to)
			.containsExactly(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW);
		// Told on the page as a message, never an error.
		this.mvc.perform(post("/gestion/candidatures/" + draft.id() + "/non-eligible").param("ineligibleReason", "Encore")
			.with(user(second).roles("STAFF")).with(csrf()))
			.andExpect(redirectedUrl("/gestion/candidatures/" + draft.id()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("alert",
					org.hamcrest.Matchers.containsString("a changé d'état entre-temps")));
	}

	private String page(String path, String email, String... roles) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.perform(get(path).with(user(email).roles(roles)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static void pause() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
