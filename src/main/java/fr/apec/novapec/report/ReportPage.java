package fr.apec.novapec.report;

import fr.apec.novapec.application.ApplicationDraft;

/** A report with the application it reports on (its publics, planned figures and indicators). */
public record ReportPage(ApplicationDraft application, LaureateReport report) {
}
