package fr.apec.novapec.application;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The lifecycle table of DESIGN.md, pair by pair: exactly these changes, by exactly these people. */
class ApplicationLifecycleRulesTests {

	@ParameterizedTest(name = "{0} -> {1} by {2}")
	@CsvSource({ "DRAFT, SUBMITTED, APPLICANT", "SUBMITTED, RETURNED, STAFF", "RETURNED, SUBMITTED, APPLICANT",
			"SUBMITTED, IN_REVIEW, STAFF", "SUBMITTED, REJECTED, STAFF", "IN_REVIEW, SELECTED, COMMITTEE", "IN_REVIEW, REJECTED, COMMITTEE",
			"DRAFT, WITHDRAWN, APPLICANT", "SUBMITTED, WITHDRAWN, APPLICANT", "RETURNED, WITHDRAWN, APPLICANT" })
	void everyChangeOfTheTableIsAllowedToItsActor(ApplicationStatus from, ApplicationStatus to, Actor by) {
		assertThat(Lifecycle.allows(from, to, by)).isTrue();
		assertThat(Lifecycle.actorFor(from, to)).contains(by);
		assertThatNoException().isThrownBy(() -> Lifecycle.check(1, from, to, by));
		for (Actor other : EnumSet.complementOf(EnumSet.of(by))) {
			assertThat(Lifecycle.allows(from, to, other)).as("%s may not make it", other).isFalse();
		}
	}

	@ParameterizedTest(name = "{0} -> {1} by {2}")
	@CsvSource({ "DRAFT, IN_REVIEW, STAFF", "DRAFT, SELECTED, COMMITTEE", "DRAFT, RETURNED, STAFF",
			"SUBMITTED, SELECTED, COMMITTEE", "SUBMITTED, REJECTED, COMMITTEE", "SUBMITTED, DRAFT, APPLICANT", "RETURNED, IN_REVIEW, STAFF",
			"IN_REVIEW, WITHDRAWN, APPLICANT", "IN_REVIEW, RETURNED, STAFF", "SELECTED, REJECTED, COMMITTEE",
			"REJECTED, SELECTED, COMMITTEE", "WITHDRAWN, DRAFT, APPLICANT", "WITHDRAWN, SUBMITTED, APPLICANT",
			"DRAFT, SUBMITTED, STAFF", "SUBMITTED, RETURNED, APPLICANT", "IN_REVIEW, SELECTED, STAFF",
			"DRAFT, DRAFT, APPLICANT" })
	void anyOtherChangeIsRefused(ApplicationStatus from, ApplicationStatus to, Actor by) {
		assertThat(Lifecycle.allows(from, to, by)).isFalse();
		assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> Lifecycle.check(7, from, to, by))
			.satisfies((ex) -> {
				assertThat(ex.applicationId()).isEqualTo(7);
				assertThat(ex.messageKey()).isEqualTo("application.transition.refused");
			});
	}

	@Test
	void theTableHasExactlyTenChangesAndTheDecidedStatesAreFinal() {
		int count = 0;
		for (ApplicationStatus from : ApplicationStatus.values()) {
			count += Lifecycle.next(from).size();
		}
		assertThat(count).isEqualTo(10);
		assertThat(Lifecycle.next(ApplicationStatus.SELECTED)).isEmpty();
		assertThat(Lifecycle.next(ApplicationStatus.REJECTED)).isEmpty();
		assertThat(Lifecycle.next(ApplicationStatus.WITHDRAWN)).isEmpty();
	}

	@Test
	void anApplicationIsCreatedAsADraftByAnApplicantOnly() {
		assertThat(Lifecycle.actorFor(null, ApplicationStatus.DRAFT)).contains(Actor.APPLICANT);
		assertThat(Lifecycle.actorFor(null, ApplicationStatus.SUBMITTED)).isEmpty();
	}

	@Test
	void onlyDraftsAndReturnedApplicationsAreEditable() {
		Set<ApplicationStatus> editable = EnumSet.noneOf(ApplicationStatus.class);
		for (ApplicationStatus status : ApplicationStatus.values()) {
			if (Lifecycle.editable(status)) {
				editable.add(status);
			}
		}
		assertThat(editable).containsExactlyInAnyOrder(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED);
	}

}
