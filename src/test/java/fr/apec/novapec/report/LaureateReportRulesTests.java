package fr.apec.novapec.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rules of a report's life, on the aggregate alone: written while a draft or returned, sent once
 * complete, decided once by staff.
 */
class LaureateReportRulesTests {

	static final Instant NOW = Instant.parse("2027-09-01T08:00:00Z");

	static final List<String> PUBLICS = List.of("cadres", "jeunes-diplomes");

	static final ReportContent COMPLETE = new ReportContent("Bilan.", Map.of("cadres", 30, "jeunes-diplomes", 12),
			Map.of(1, 28), List.of(7L));

	private static LaureateReport draft() {
		return new LaureateReport(1L, ReportKind.INTERIM, LocalDate.of(2027, 9, 1), NOW);
	}

	@Test
	void aDraftKeepsOnlyTheFiguresOfTheApplicationsPublicsAndIndicatorsAndItsOwnDocuments() {
		LaureateReport report = draft();

		report.write(new ReportContent("  Premier bilan. ", Map.of("cadres", 12, "pme", 4), Map.of(1, 3, 2, 9),
				List.of(7L, 8L)), PUBLICS, 1, Set.of(7L), NOW);

		assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
		assertThat(report.getText()).isEqualTo("Premier bilan.");
		assertThat(report.getReached()).containsExactly(Map.entry("cadres", 12));
		assertThat(report.getAchieved()).containsExactly(Map.entry(1, 3));
		assertThat(report.getDocumentIds()).containsExactly(7L);
	}

	@Test
	void sendingNeedsEveryFigureAndTheTextAndChangesNothingOtherwise() {
		LaureateReport report = draft();
		assertThatExceptionOfType(IncompleteReportException.class).isThrownBy(() -> report.submit(
				new ReportContent("Bilan.", Map.of("cadres", 30), Map.of(1, 28), List.of()), PUBLICS, 1, Set.of(), 5L,
				NOW));
		assertThatExceptionOfType(IncompleteReportException.class).isThrownBy(() -> report.submit(
				new ReportContent(" ", COMPLETE.reached(), COMPLETE.achieved(), List.of()), PUBLICS, 1, Set.of(), 5L,
				NOW));
		assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
		assertThat(report.getReached()).isEmpty();

		report.submit(COMPLETE, PUBLICS, 1, Set.of(7L), 5L, NOW);

		assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(report.getSubmittedBy()).isEqualTo(5L);
		assertThat(report.getSubmittedAt()).isEqualTo(NOW);
		assertThat(report.reachedInAll()).isEqualTo(42);
	}

	@Test
	void aSentReportIsNeitherChangedNorSentAgain() {
		LaureateReport report = draft();
		report.submit(COMPLETE, PUBLICS, 1, Set.of(), 5L, NOW);

		assertThatExceptionOfType(ReportNotEditableException.class)
			.isThrownBy(() -> report.submit(COMPLETE, PUBLICS, 1, Set.of(), 6L, NOW.plusSeconds(1)))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(ReportStatus.SUBMITTED));
		assertThatExceptionOfType(ReportNotEditableException.class).isThrownBy(
				() -> report.write(new ReportContent("x", Map.of(), Map.of(), List.of()), PUBLICS, 1, Set.of(), NOW));
		assertThat(report.getSubmittedBy()).isEqualTo(5L);
		assertThat(report.getText()).isEqualTo("Bilan.");
	}

	@Test
	void staffDecideOnceOnASentReportAndAReturnedOneIsEditableAgain() {
		LaureateReport report = draft();
		assertThatExceptionOfType(ReportAlreadyDecidedException.class).isThrownBy(() -> report.approve(9L, NOW));
		report.submit(COMPLETE, PUBLICS, 1, Set.of(), 5L, NOW);
		assertThatIllegalArgumentException().isThrownBy(() -> report.returnForChanges(9L, "  ", NOW));

		report.returnForChanges(9L, " Précisez. ", NOW);

		assertThat(report.getStatus()).isEqualTo(ReportStatus.RETURNED);
		assertThat(report.getStaffComment()).isEqualTo("Précisez.");
		assertThat(report.editable()).isTrue();
		assertThatExceptionOfType(ReportAlreadyDecidedException.class).isThrownBy(() -> report.approve(9L, NOW))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(ReportStatus.RETURNED));

		report.submit(COMPLETE, PUBLICS, 1, Set.of(), 5L, NOW);
		report.approve(9L, NOW);
		assertThat(report.getStatus()).isEqualTo(ReportStatus.APPROVED);
		assertThat(report.getStaffComment()).isNull();
		assertThatExceptionOfType(ReportAlreadyDecidedException.class)
			.isThrownBy(() -> report.returnForChanges(9L, "Trop tard", NOW));
	}

}
