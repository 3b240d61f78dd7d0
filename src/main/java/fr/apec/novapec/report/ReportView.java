package fr.apec.novapec.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A report as its organisation sees it (a read model of {@link LaureateReport}).
 *
 * @param reached beneficiaries reached by public code, for the figures typed so far
 * @param achieved value achieved by position of the impact indicator (from 1), for those typed so far
 * @param documentIds the documents of the organisation's vault attached
 * @param staffComment what staff asked to change when they returned it (or null)
 */
public record ReportView(long id, long applicationId, ReportKind kind, LocalDate dueOn, ReportStatus status,
		String text, Map<String, Integer> reached, Map<Integer, Integer> achieved, List<Long> documentIds,
		String staffComment, Instant submittedAt, Instant decidedAt) {

	/** Whether the organisation may still change it. */
	public boolean editable() {
		return this.status.editable();
	}

}
