package fr.apec.novapec.selection;

import java.time.LocalDate;

/**
 * Published, inside the transaction that makes it so, when a round of a call takes submissions from today:
 * it was just created with a cut-off still ahead, or its cut-off was moved later and is still ahead.
 * Applications submitted while no round was open join it.
 *
 * @param submissionDeadline its cut-off, on or after the day of the event
 */
public record RoundOpened(long callId, long roundId, LocalDate submissionDeadline) {
}
