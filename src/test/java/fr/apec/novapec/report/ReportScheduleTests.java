package fr.apec.novapec.report;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When reports are due, from the call's settings and the project's start and duration. */
class ReportScheduleTests {

	@Test
	void interimIsDueSixMonthsAfterTheStartAndFinalAtTheEnd() {
		assertThat(ReportSchedule.of(LocalDate.of(2027, 3, 1), 18, 6, true)).containsExactly(
				new ReportSchedule.Due(ReportKind.INTERIM, LocalDate.of(2027, 9, 1)),
				new ReportSchedule.Due(ReportKind.FINAL, LocalDate.of(2028, 9, 1)));
	}

	@Test
	void noInterimReportWhenItWouldNotFallBeforeTheEnd() {
		assertThat(ReportSchedule.of(LocalDate.of(2027, 3, 1), 6, 6, true))
			.containsExactly(new ReportSchedule.Due(ReportKind.FINAL, LocalDate.of(2027, 9, 1)));
	}

	@Test
	void onlyTheReportsTheCallAsksFor() {
		assertThat(ReportSchedule.of(LocalDate.of(2027, 3, 1), 18, null, true)).extracting(ReportSchedule.Due::kind)
			.containsExactly(ReportKind.FINAL);
		assertThat(ReportSchedule.of(LocalDate.of(2027, 3, 1), 18, 6, false)).extracting(ReportSchedule.Due::kind)
			.containsExactly(ReportKind.INTERIM);
	}

	@Test
	void noScheduleWithoutStartOrDuration() {
		assertThat(ReportSchedule.of(null, 18, 6, true)).isEmpty();
		assertThat(ReportSchedule.of(LocalDate.of(2027, 3, 1), null, 6, true)).isEmpty();
	}

}
