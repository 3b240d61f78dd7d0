package fr.apec.novapec.selection;

import java.time.LocalDate;

/**
 * A selection round as the administrator's page shows it, with the version that a form sends back so that
 * a stale edit is told so.
 */
public record AdminRound(long id, long callId, String label, LocalDate submissionDeadline, LocalDate committeeDate,
		long version) {
}
