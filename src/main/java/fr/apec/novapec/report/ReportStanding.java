package fr.apec.novapec.report;

/** Where one report of an application stands. */
record ReportStanding(ReportKind kind, ReportStatus status) {
}
