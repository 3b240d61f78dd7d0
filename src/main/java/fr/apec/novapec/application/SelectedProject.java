package fr.apec.novapec.application;

import java.time.LocalDate;

/**
 * A selected application with its planned start, for the reports it owes.
 *
 * @param durationMonths the planned duration, or null when it was never given
 */
public record SelectedProject(long id, long callId, LocalDate startDate, Integer durationMonths) {

}
