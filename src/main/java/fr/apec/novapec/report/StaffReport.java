package fr.apec.novapec.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.apec.novapec.organisation.DocumentKind;

/**
 * A sent report as staff read it: what was planned beside what was reached, the target of each indicator
 * beside what was achieved, and the documents attached.
 */
public record StaffReport(long id, long applicationId, String organisationName, String projectTitle,
		ReportKind kind, LocalDate dueOn, ReportStatus status, String text, Instant submittedAt,
		String submittedBy, Instant decidedAt, String staffComment, List<PublicFigures> publics,
		List<IndicatorFigures> indicators, List<AttachedDocument> documents, String applicationReference) {

	/** Whether staff can still approve or return it. */
	public boolean awaitingDecision() {
		return this.status == ReportStatus.SUBMITTED;
	}

	/** Beneficiaries planned and reached for one public; either may be null. */
	public record PublicFigures(String publicCode, Integer planned, Integer reached) {
	}

	/** An impact indicator, its target and the value achieved (null when not given). */
	public record IndicatorFigures(String label, int target, Integer achieved) {
	}

	/** A document of the organisation's vault attached to the report. */
	public record AttachedDocument(long id, DocumentKind kind, String originalName) {
	}

}
