package fr.apec.novapec.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When the reports of a project are due, from its call's settings: the interim report that many months
 * after the start, the final report at the end (the start plus the duration). An interim report that would
 * not fall before the end is not asked for.
 */
final class ReportSchedule {

	private ReportSchedule() {
	}

	/** Each report due, in order; empty while the start or the duration is missing. */
	static List<Due> of(LocalDate start, Integer durationMonths, Integer interimMonths, boolean finalDue) {
		List<Due> due = new ArrayList<>();
		if (start == null || durationMonths == null || durationMonths < 1) {
			return due;
		}
		LocalDate end = start.plusMonths(durationMonths);
		if (interimMonths != null && start.plusMonths(interimMonths).isBefore(end)) {
			due.add(new Due(ReportKind.INTERIM, start.plusMonths(interimMonths)));
		}
		if (finalDue) {
			due.add(new Due(ReportKind.FINAL, end));
		}
		return due;
	}

	record Due(ReportKind kind, LocalDate dueOn) {
	}

}
