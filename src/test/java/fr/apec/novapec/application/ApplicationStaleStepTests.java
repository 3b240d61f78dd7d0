package fr.apec.novapec.application;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A step saved from a page older than the application (another tab or another member saved since) never
 * overwrites the newer change: the user is told the step changed elsewhere, and what they typed stays on
 * the page; an autosave's answer carries the new version, so that the same tab's next save is not stale.
 */
@IntegrationTest
class ApplicationStaleStepTests {

	private static final String CHANGED_ELSEWHERE = "modifiée ailleurs";

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	ApplicationDrafting drafting;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestApplications test;

	@Test
	void theStepPageCarriesTheVersionItWasRenderedWith() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Version rendue");
		long version = version(draft);
		this.mvc.perform(get("/espace/candidatures/" + draft.id() + "/projet").with(user(draft.member()).roles("APPLICANT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")));
	}

	@Test
	void aSaveFromAStalePageIsRefusedWithTheMessageAndTheTypedValuesKept() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Deux onglets");
		long rendered = version(draft);
		// The first tab saves.
		this.mvc.perform(step(draft, "projet", rendered).param("title", "Premier onglet").param("summary", "Résumé A"))
			.andExpect(status().is3xxRedirection());
		// The second tab, rendered before, saves with the version it was rendered with.
		String page = this.mvc
			.perform(step(draft, "projet", rendered).param("title", "Second onglet").param("summary", "Résumé B"))
			.andExpect(status().isOk())
			.andExpect(view().name("application/projet"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String text = HtmlUtils.htmlUnescape(page);
		assertThat(text).contains(CHANGED_ELSEWHERE).contains("value=\"Second onglet\"").contains("Résumé B");
		// It now carries the current version: saving again is a choice made knowingly.
		assertThat(text).contains("name=\"version\" value=\"" + version(draft) + "\"");
		ApplicationDraft saved = this.applications.draft(draft.id(), as(draft.member()));
		assertThat(saved.title()).isEqualTo("Premier onglet");
		assertThat(saved.summary()).isEqualTo("Résumé A");
	}

	@Test
	void anAutosaveFromAStalePageSavesNothingAndSaysSo() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Autosave périmé");
		long rendered = version(draft);
		this.mvc.perform(step(draft, "projet", rendered).param("title", "Autre onglet"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(step(draft, "projet", rendered).header("HX-Request", "true")
				.param("title", "Onglet périmé")
				.param("summary", "Tapé ici"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(CHANGED_ELSEWHERE)));
		assertThat(this.applications.draft(draft.id(), as(draft.member())).title()).isEqualTo("Autre onglet");
	}

	@Test
	void anAutosaveAnswersTheNewVersionSoTheSameTabSavesAgain() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Autosave suivi");
		long rendered = version(draft);
		String fragment = this.mvc
			.perform(step(draft, "projet", rendered).header("HX-Request", "true").param("title", "Première frappe"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long next = version(draft);
		assertThat(next).isGreaterThan(rendered);
		assertThat(fragment).contains("value=\"" + next + "\"").contains("data-hx-swap-oob=\"true\"");
		this.mvc.perform(step(draft, "projet", next).header("HX-Request", "true").param("title", "Seconde frappe"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(CHANGED_ELSEWHERE))));
		assertThat(this.applications.draft(draft.id(), as(draft.member())).title()).isEqualTo("Seconde frappe");
	}

	/**
	 * Two saves rendered from one version, the first holding its transaction open until the second has
	 * started: the second waits for the lock, then finds the application at a newer version and is refused.
	 */
	@Test
	void ofTwoConcurrentSavesFromOneVersionTheSecondIsRefused() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Sauvegardes simultanées");
		long rendered = version(draft);
		CountDownLatch firstSaved = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = executor.submit(() -> this.transactions.executeWithoutResult((status) -> {
				this.drafting.save(draft.id(), as(draft.member()),
						new DraftParts.Project("Premier", null, null), rendered);
				firstSaved.countDown();
				await(secondStarted);
				sleep();
			}));
			Future<?> second = executor.submit(() -> {
				await(firstSaved);
				secondStarted.countDown();
				this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Project("Second", null, null),
						rendered);
			});
			first.get(30, TimeUnit.SECONDS);
			assertThatExceptionOfType(java.util.concurrent.ExecutionException.class)
				.isThrownBy(() -> second.get(30, TimeUnit.SECONDS))
				.withCauseInstanceOf(StepChangedElsewhereException.class);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.applications.draft(draft.id(), as(draft.member())).title()).isEqualTo("Premier");
	}

	/**
	 * Staff putting an application in review and staff returning it, at once: the first holds its
	 * transaction open until the second has started; only one change passes, the other is refused with the
	 * transition's message, never a 500, and the history has one line for it.
	 */
	@Test
	void ofTwoConcurrentStaffChangesFromSubmittedOnlyOnePasses() throws Exception {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Changements simultanés");
		CountDownLatch firstChanged = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		ApplicationTransitions transitions = this.test.transitions();
		try {
			Future<?> first = executor.submit(() -> this.transactions.executeWithoutResult((status) -> {
				Acting.asStaff(IntegrationTest.ADMIN_EMAIL, () -> transitions.putInReview(draft.id(), as(IntegrationTest.ADMIN_EMAIL)));
				firstChanged.countDown();
				await(secondStarted);
				sleep();
			}));
			Future<?> second = executor.submit(() -> {
				await(firstChanged);
				secondStarted.countDown();
				Acting.asStaff(IntegrationTest.ADMIN_EMAIL, () -> transitions.returnForChanges(draft.id(), as(IntegrationTest.ADMIN_EMAIL), "À revoir"));
			});
			first.get(30, TimeUnit.SECONDS);
			assertThatExceptionOfType(java.util.concurrent.ExecutionException.class)
				.isThrownBy(() -> second.get(30, TimeUnit.SECONDS))
				.withCauseInstanceOf(IllegalTransitionException.class);
		}
		finally {
			executor.shutdownNow();
		}
		List<StatusChange> history = this.applications.history(draft.id(), as(draft.member()));
		assertThat(history).extracting(StatusChange::to)
			.containsExactly(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW);
	}

	private long version(TestApplications.Draft draft) {
		return this.applications.draft(draft.id(), as(draft.member())).version();
	}

	private static MockHttpServletRequestBuilder step(TestApplications.Draft draft, String step, long version) {
		return post("/espace/candidatures/" + draft.id() + "/" + step).with(user(draft.member()).roles("APPLICANT"))
			.with(csrf())
			.param("version", String.valueOf(version));
	}

	private static void sleep() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
