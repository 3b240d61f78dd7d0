package fr.apec.novapec.report;

/** A report of this kind, approved, of this application. */
record ApprovedReport(long applicationId, ReportKind kind) {
}
