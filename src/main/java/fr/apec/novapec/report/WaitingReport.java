package fr.apec.novapec.report;

import java.time.Instant;
import java.time.LocalDate;

/** A report waiting for a staff decision, before its application's title and organisation are added. */
record WaitingReport(long id, long applicationId, ReportKind kind, LocalDate dueOn, Instant submittedAt) {
}
