package fr.apec.novapec.application;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static fr.apec.novapec.support.Races.await;
import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Changes of state against the database: each allowed one is written to the history with who and why in
 * the same transaction; a refused one changes nothing; of two concurrent changes only one passes.
 */
@IntegrationTest
class ApplicationLifecycleTests {

	@Autowired
	Applications applications;

	@Autowired
	ApplicationTransitions transitions;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestApplications test;

	@Test
	void creatingADraftRecordsTheFirstLineOfItsHistory() {
		TestApplications.Draft draft = this.test.newDraft("Tremplin cadres");
		assertThat(this.test.row(draft.id())).containsEntry("status", "DRAFT");
		List<StatusChange> history = this.applications.history(draft.id(), as(draft.member()));
		assertThat(history).singleElement().satisfies((change) -> {
			assertThat(change.from()).isNull();
			assertThat(change.to()).isEqualTo(ApplicationStatus.DRAFT);
			assertThat(change.changedBy()).isEqualTo("Membre");
			assertThat(change.changedAt()).isNotNull();
		});
	}

	@Test
	void anAllowedChangeIsRecordedWithWhoWhenAndWhy() {
		TestApplications.Draft draft = this.test.newDraft("Projet retiré");
		this.transitions.withdraw(draft.id(), as(draft.member()), "Projet abandonné");
		assertThat(this.test.row(draft.id())).containsEntry("status", "WITHDRAWN");
		List<StatusChange> history = this.applications.history(draft.id(), as(draft.member()));
		assertThat(history).hasSize(2);
		assertThat(history.get(1).from()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(history.get(1).to()).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(history.get(1).changedBy()).isEqualTo("Membre");
		assertThat(history.get(1).reason()).isEqualTo("Projet abandonné");
	}

	@Test
	void anIllegalTransitionChangesNothing() {
		TestApplications.Draft draft = this.test.newDraft("Projet illégal");
		Map<String, Object> before = this.test.row(draft.id());
		// An applicant cannot put in review: the staff method refuses a member's context, and even in a staff
		// context it refuses an account that is not staff (who acts comes from the account, not from the caller).
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> Acting.as(draft.member(), "APPLICANT",
				() -> run(() -> this.transitions.putInReview(draft.id(), as(draft.member())))));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> Acting.asStaff(draft.member(),
				() -> this.transitions.putInReview(draft.id(), as(draft.member()))));
		// Staff cannot put a draft in review, and the committee's rejection needs an application in review.
		String admin = IntegrationTest.ADMIN_EMAIL;
		assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(
				() -> Acting.asStaff(admin, () -> this.transitions.putInReview(draft.id(), as(admin))));
		assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(
				() -> Acting.asStaff(admin, () -> this.transitions.reject(draft.id(), as(admin), this.test.firstRound(),
						"Hors du champ de l'appel.", 0)));
		assertThat(this.test.row(draft.id())).isEqualTo(before);
		assertThat(this.applications.history(draft.id(), as(draft.member()))).hasSize(1);
	}

	@Test
	void aWithdrawnApplicationStaysWithdrawn() {
		TestApplications.Draft draft = this.test.newDraft("Projet final");
		this.transitions.withdraw(draft.id(), as(draft.member()), null);
		assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(
				() -> this.transitions.withdraw(draft.id(), as(draft.member()), null));
		assertThat(this.applications.history(draft.id(), as(draft.member()))).hasSize(2);
	}

	@Test
	void anApplicantOfAnotherOrganisationCannotChangeTheStateAndLearnsNothing() {
		TestApplications.Draft a = this.test.newDraft("Projet de A");
		TestApplications.Draft b = this.test.newDraft("Projet de B");
		assertThatExceptionOfType(ApplicationNotFoundException.class).isThrownBy(
				() -> this.transitions.withdraw(a.id(), as(b.member()), null));
		assertThat(this.test.row(a.id())).containsEntry("status", "DRAFT");
	}

	@Test
	void ofTwoConcurrentChangesFromTheSameStateOnlyOnePasses() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Projet disputé");
		CountDownLatch firstChanged = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = executor.submit(() -> this.transactions.executeWithoutResult((status) -> {
				this.transitions.withdraw(draft.id(), as(draft.member()), "premier");
				firstChanged.countDown();
				await(secondStarted);
				sleep();
			}));
			Future<?> second = executor.submit(() -> {
				await(firstChanged);
				secondStarted.countDown();
				this.transitions.withdraw(draft.id(), as(draft.member()), "second");
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
			.containsExactly(ApplicationStatus.DRAFT, ApplicationStatus.WITHDRAWN);
		assertThat(history.get(1).reason()).isEqualTo("premier");
	}

	private static Void run(Runnable action) {
		action.run();
		return null;
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
