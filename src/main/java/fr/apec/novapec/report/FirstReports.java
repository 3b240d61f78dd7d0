package fr.apec.novapec.report;

import java.time.LocalDate;

/**
 * When the programme's first laureate reports are due, for the public showcase before any has been approved.
 *
 * @param firstDue the earliest day a selected application owes a report; {@code null} while no selected
 * application has a start date and a duration
 * @param interimMonths how many months after its start a project sends its interim report, as the calls ask
 * (the shortest delay when they differ); {@code null} when no call asks for one
 */
public record FirstReports(LocalDate firstDue, Integer interimMonths) {
}
