package fr.apec.novapec.selection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the other modules read of the calls and their rounds, against the migrated database. Each test
 * adds its calls and rounds through the aggregates in its own rolled-back transaction.
 */
@IntegrationTest
@Transactional
class SelectionServiceTests {

	@Autowired
	SelectionService selection;

	@Autowired
	CallForProjectsRepository calls;

	@Autowired
	SelectionRoundRepository rounds;

	@Autowired
	EntityManager entityManager;

	@Test
	void theNovapecCallIsContinuousFundsTheThreeThemesAndAsksForAnInterimAndAFinalReport() {
		CallSettings novapec = this.selection.novapecCall();
		assertThat(novapec.slug()).isEqualTo("novapec");
		assertThat(novapec.title()).isEqualTo("Appel à projets Novapec");
		assertThat(novapec.maxAmount()).isNull();
		assertThat(novapec.opensOn()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(novapec.closesOn()).isNull();
		assertThat(novapec.interimReportMonths()).isEqualTo(6);
		assertThat(novapec.finalReportDue()).isTrue();
		assertThat(novapec.themeCodes()).containsExactly("emploi", "territoires", "environnement");
		assertThat(this.selection.call(novapec.id())).isEqualTo(novapec);
		assertThat(this.selection.calls()).contains(novapec);
	}

	@Test
	void anUnknownCallIsAClearNotFound() {
		assertThatExceptionOfType(CallNotFoundException.class).isThrownBy(() -> this.selection.call(-1))
			.withMessageContaining("-1");
	}

	@Test
	void theDecember2024RoundIsARoundOfTheNovapecCall() {
		long novapec = this.selection.novapecCall().id();
		// Before its deadline of 31 October 2024, the December round was the Novapec call's next one.
		long december = this.selection.nextRound(novapec, LocalDate.of(2024, 10, 1)).orElseThrow().id();
		RoundSummary round = this.selection.round(december).orElseThrow();
		assertThat(round.callId()).isEqualTo(novapec);
		assertThat(round.label()).isEqualTo("Décembre 2024");
		assertThat(round.committeeDate()).isEqualTo(LocalDate.of(2024, 12, 10));
		assertThat(this.selection.round(-1)).isEmpty();
	}

	@Test
	void aSubmissionJoinsTheRoundWithTheEarliestDeadlineNotYetPassedADeadlineOfTodayIncluded() {
		long call = call("appel-des-rounds").getId();
		LocalDate today = LocalDate.of(2031, 3, 10);
		round(call, "Passé", today.minusDays(1), today.plusDays(20));
		SelectionRound later = round(call, "Plus tard", today.plusDays(30), today.plusDays(60));
		SelectionRound ofToday = round(call, "Aujourd'hui", today, today.plusDays(40));
		// Another call's round, sooner, is not this call's.
		round(call("autre-appel").getId(), "Autre appel", today, today.plusDays(5));

		assertThat(this.selection.nextRound(call, today)).map(RoundSummary::id).hasValue(ofToday.getId());
		assertThat(this.selection.nextRound(call, today.plusDays(1))).map(RoundSummary::id).hasValue(later.getId());
		assertThat(this.selection.nextRound(call, today.plusDays(31))).isEmpty();
	}

	@Test
	void betweenRoundsWithTheSameDeadlineTheEarliestCommitteeComesFirst() {
		long call = call("appel-meme-date").getId();
		LocalDate deadline = LocalDate.of(2032, 5, 1);
		round(call, "Comité tardif", deadline, deadline.plusDays(30));
		SelectionRound early = round(call, "Comité précoce", deadline, deadline.plusDays(10));

		RoundSummary next = this.selection.nextRound(call, deadline.minusDays(3)).orElseThrow();
		assertThat(next).isEqualTo(new RoundSummary(early.getId(), call, "Comité précoce", deadline,
				deadline.plusDays(10)));
	}

	@Test
	void roundsForAListAreFoundTogetherAndUnknownIdsLeftOut() {
		long call = call("appel-liste").getId();
		LocalDate day = LocalDate.of(2033, 1, 15);
		SelectionRound first = round(call, "Janvier", day, day.plusDays(10));
		SelectionRound second = round(call, "Février", day.plusMonths(1), day.plusMonths(1).plusDays(10));

		Map<Long, RoundSummary> found = this.selection.rounds(List.of(second.getId(), -5L, first.getId()));
		assertThat(found.keySet()).containsExactly(second.getId(), first.getId());
		assertThat(found.get(first.getId()).label()).isEqualTo("Janvier");
		assertThat(found.get(second.getId()).submissionDeadline()).isEqualTo(day.plusMonths(1));
		assertThat(this.selection.rounds(List.of())).isEmpty();
	}

	@Test
	void aCallsThemesComeInTheDisplayOrderOfThemes() {
		CallForProjects call = call("appel-deux-themes");
		assertThat(this.selection.call(call.getId()).themeCodes()).containsExactly("emploi", "environnement");
		assertThat(this.selection.calls()).extracting(CallSettings::slug).contains("novapec", "appel-deux-themes");
	}

	@Test
	void aListsRoundsAndEveryCallWithItsThemesAreReadInOneStatementEach() {
		long call = call("appel-compte").getId();
		LocalDate day = LocalDate.of(2034, 2, 1);
		List<Long> ids = List.of(round(call, "Un", day, day.plusDays(5)).getId(),
				round(call, "Deux", day.plusDays(1), day.plusDays(6)).getId(),
				round(call, "Trois", day.plusDays(2), day.plusDays(7)).getId());
		call("appel-compte-bis");
		this.entityManager.flush();
		this.entityManager.clear();
		this.selection.novapecCall(); // the themes' display order is read once per instance, on first use

		StatementCounter.reset();
		assertThat(this.selection.rounds(ids)).hasSize(3);
		assertThat(StatementCounter.count()).isEqualTo(1);

		StatementCounter.reset();
		assertThat(this.selection.calls()).filteredOn((c) -> c.slug().startsWith("appel-compte"))
			.hasSize(2)
			.allSatisfy((c) -> assertThat(c.themeCodes()).containsExactly("emploi", "environnement"));
		assertThat(StatementCounter.count()).isEqualTo(1);
	}

	private CallForProjects call(String slug) {
		return this.calls.save(new CallForProjects(slug, "Appel " + slug, "Règlement de " + slug,
				LocalDate.of(2030, 1, 1), Set.of("environnement", "emploi")));
	}

	private SelectionRound round(long call, String label, LocalDate deadline, LocalDate committee) {
		return this.rounds.save(new SelectionRound(call, label, deadline, committee));
	}

}
