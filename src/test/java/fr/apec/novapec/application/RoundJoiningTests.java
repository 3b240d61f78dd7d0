package fr.apec.novapec.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.selection.AdminRound;
import fr.apec.novapec.selection.CallChanges;
import fr.apec.novapec.selection.CallSettings;
import fr.apec.novapec.selection.RoundChanges;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.Races;
import fr.apec.novapec.support.Rounds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the call's administrator changes reaches the applications: an application submitted while no round
 * was open joins the round created later (or a round whose passed cut-off is moved ahead), without a line in
 * its status history; and the submission checks the documents the call requires as the administrator set
 * them.
 */
@IntegrationTest
class RoundJoiningTests {

	static final String ADMIN = IntegrationTest.ADMIN_EMAIL;

	@Autowired
	TestApplications test;

	@Autowired
	Applications applications;

	@Autowired
	ApplicationSubmissions submissions;

	@Autowired
	SelectionService selection;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anApplicationSubmittedWhileNoRoundIsOpenJoinsTheRoundCreatedLater() {
		TestApplications.Draft waiting = this.test.newSubmitted("En attente d'une session");
		TestApplications.Draft draft = this.test.newDraft("Toujours en brouillon");
		assertThat(this.test.row(waiting.id())).containsEntry("round_id", null);
		long version = ((Number) this.test.row(waiting.id()).get("version")).longValue();
		List<Long> rounds = new ArrayList<>();
		try {
			rounds.add(Rounds.create(this.selection, "Session passée ajoutée", LocalDate.now().minusDays(10)));
			assertThat(this.test.row(waiting.id())).containsEntry("round_id", null);

			rounds.add(Rounds.create(this.selection, "Session ouverte ensuite", LocalDate.now().plusMonths(3)));
			assertThat(this.test.row(waiting.id())).containsEntry("round_id", rounds.get(1))
				.containsEntry("status", "SUBMITTED");
			assertThat(((Number) this.test.row(waiting.id()).get("version")).longValue()).isGreaterThan(version);
			assertThat(this.test.row(draft.id())).containsEntry("round_id", null);
			// Joining a round is not a change of state: the history still ends with the submission.
			assertThat(this.applications.history(waiting.id(), as(waiting.member())))
				.extracting(StatusChange::to).containsExactly(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED);
			assertThat(this.applications.draft(waiting.id(), as(waiting.member())).roundLabel())
				.isEqualTo("Session ouverte ensuite");
		}
		finally {
			rounds.forEach((round) -> Rounds.remove(this.selection, this.jdbc, round));
		}
	}

	/**
	 * The submission holds its transaction open after finding no round; the round is created meanwhile. The
	 * round's creation waits for the submission (both lock the call), then takes it. Without the lock the
	 * round would be committed without seeing the submission, and the submission without seeing the round:
	 * the application would wait for ever.
	 */
	@Test
	void anApplicationSubmittedWhileARoundIsBeingCreatedJoinsIt() throws Exception {
		TestApplications.Draft draft = this.test.newCompleteDraft("Déposée pendant la création d'une session");
		CountDownLatch submitted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		Long round = null;
		try {
			Future<?> submission = threads.submit(() -> this.transactions.executeWithoutResult((status) -> {
				this.submissions.submit(draft.id(), as(draft.member()), true);
				submitted.countDown();
				Races.await(release);
			}));
			Races.await(submitted);
			Future<Long> creation = threads.submit(() -> Rounds.create(this.selection, "Session disputée",
					LocalDate.now().plusMonths(2)));
			// Until the creation has either finished (no guard) or waits on the call's lock (the guard).
			for (int i = 0; i < 3000 && !creation.isDone() && !waitingOnALock(); i++) {
				Thread.sleep(10);
			}
			release.countDown();
			submission.get(30, TimeUnit.SECONDS);
			round = creation.get(30, TimeUnit.SECONDS);
			assertThat(this.test.row(draft.id())).containsEntry("status", "SUBMITTED").containsEntry("round_id", round);
		}
		finally {
			release.countDown();
			threads.shutdown();
			if (round != null) {
				Rounds.remove(this.selection, this.jdbc, round);
			}
		}
	}

	private boolean waitingOnALock() {
		return this.jdbc.sql("""
				select count(*) from pg_stat_activity
				where wait_event_type = 'Lock' and query like '%call_for_projects%for%update%'""")
			.query(Long.class).single() > 0;
	}

	@Test
	void aRoundWhoseCutOffPassedTakesTheWaitingApplicationsOnceItIsMovedAhead() {
		TestApplications.Draft waiting = this.test.newSubmitted("En attente d'un report");
		long round = Rounds.create(this.selection, "Session à reporter", LocalDate.now().minusDays(3));
		try {
			assertThat(this.test.row(waiting.id())).containsEntry("round_id", null);
			AdminRound read = Acting.asAdmin(ADMIN, () -> this.selection.roundForAdmin(round));
			Acting.asAdmin(ADMIN, () -> this.selection.updateRound(round, as(ADMIN), new RoundChanges(
					"Session reportée", LocalDate.now().plusDays(20), LocalDate.now().plusDays(60)), read.version()));
			assertThat(this.test.row(waiting.id())).containsEntry("round_id", round);
		}
		finally {
			Rounds.remove(this.selection, this.jdbc, round);
		}
	}

	@Test
	void theSubmissionChecksTheDocumentsTheCallRequiresAsTheAdministratorSetThem() {
		TestApplications.Draft draft = this.test.newCompleteDraft("Pièces selon l'appel");
		assertThat(this.submissions.review(draft.id(), as(draft.member())).blockers()).isEmpty();
		CallSettings before = this.selection.novapecCall();
		try {
			setDocuments(before, List.of(DocumentKind.STATUTES, DocumentKind.ACTIVITY_REPORT));
			assertThat(this.submissions.review(draft.id(), as(draft.member())).blockers()).containsExactly(
					new Blocker(Blocker.Fix.DOCUMENTS, null, "application.blocker.document.missing",
							DocumentKind.ACTIVITY_REPORT));
			setDocuments(before, List.of());
			TestApplications.Draft bare = this.test.newDraft("Sans aucune pièce");
			this.test.fillAllSteps(bare);
			assertThat(this.submissions.review(bare.id(), as(bare.member())).blockers()).isEmpty();
		}
		finally {
			setDocuments(before, before.requiredDocuments());
		}
	}

	private void setDocuments(CallSettings call, List<DocumentKind> documents) {
		long version = this.selection.novapecCall().version();
		Acting.asAdmin(ADMIN, () -> this.selection.updateCall(call.id(), as(ADMIN),
				new CallChanges(call.title(), call.rules(), call.opensOn(), call.closesOn(), call.maxAmount(),
						call.themeCodes(), call.publicCodes(), documents, call.interimReportMonths(), call.finalReportDue()),
				version));
	}

}
