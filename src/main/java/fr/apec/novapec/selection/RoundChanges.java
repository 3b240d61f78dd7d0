package fr.apec.novapec.selection;

import java.time.LocalDate;

/**
 * A selection round as an administrator sets it.
 *
 * @param submissionDeadline the last day an application may be submitted for it
 * @param committeeDate the day its committee decides, on or after the deadline
 */
public record RoundChanges(String label, LocalDate submissionDeadline, LocalDate committeeDate) {
}
