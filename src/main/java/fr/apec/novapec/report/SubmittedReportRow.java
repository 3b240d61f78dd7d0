package fr.apec.novapec.report;

import java.time.Instant;
import java.time.LocalDate;

/** A report waiting for a staff decision, as the staff list shows it. */
public record SubmittedReportRow(long id, String organisationName, String projectTitle, ReportKind kind,
		LocalDate dueOn, Instant submittedAt, String applicationReference) {
}
