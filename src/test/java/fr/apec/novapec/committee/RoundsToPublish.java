package fr.apec.novapec.committee;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import fr.apec.novapec.application.ApplicationStatus;
import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.support.Rounds;

/**
 * Rounds of a test's own, decided through the lifecycle: each round's cut-off is past, so no other test's
 * submission joins it, and its committee meets on a day of 2025 (a year with a budget, which its awards are
 * charged to) that no other round of the call takes.
 */
final class RoundsToPublish {

	private static final AtomicInteger ROUNDS = new AtomicInteger();

	private final SelectionService selection;

	private final TestApplications test;

	RoundsToPublish(SelectionService selection, TestApplications test) {
		this.selection = selection;
		this.test = test;
	}

	/** A new round whose committee met in 2025; its id. */
	long newRound() {
		int n = ROUNDS.incrementAndGet();
		LocalDate committee = LocalDate.of(2025, 6, 3).plusDays(2L * n);
		return Rounds.create(this.selection, "Session de test " + n, committee.minusDays(5), committee);
	}

	/** The committee date of that round. */
	LocalDate committeeDate(long roundId) {
		return this.selection.round(roundId).orElseThrow().committeeDate();
	}

	/** An application of the round, selected with 1 000 € (see {@link TestApplications#reach}). */
	TestApplications.Draft selected(String title, long roundId) {
		return reach(title, roundId, ApplicationStatus.SELECTED);
	}

	/** An application of the round, rejected by the committee « Hors du champ de l'appel. ». */
	TestApplications.Draft rejected(String title, long roundId) {
		return reach(title, roundId, ApplicationStatus.REJECTED);
	}

	/** An application of the round, in review: the committee has not decided it yet. */
	TestApplications.Draft inReview(String title, long roundId) {
		return reach(title, roundId, ApplicationStatus.IN_REVIEW);
	}

	private TestApplications.Draft reach(String title, long roundId, ApplicationStatus status) {
		TestApplications.Draft draft = this.test.newSubmitted(title);
		this.test.joinRound(draft, roundId);
		// In review in this round first, so that the committee decides it there.
		this.test.reach(draft, ApplicationStatus.IN_REVIEW);
		this.test.reach(draft, status);
		return draft;
	}

}
