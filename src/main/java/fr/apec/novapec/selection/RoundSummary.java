package fr.apec.novapec.selection;

import java.time.LocalDate;

/**
 * What other modules may know of a selection round.
 *
 * @param callId the call it belongs to
 * @param submissionDeadline the last day an application may be submitted for it
 * @param committeeDate the day its committee decides
 */
public record RoundSummary(long id, long callId, String label, LocalDate submissionDeadline,
		LocalDate committeeDate) {
}
