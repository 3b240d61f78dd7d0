package fr.apec.novapec.application;

import java.time.Instant;

/**
 * One line of an application's history: {@code from} is null for its creation; {@code byStaff} when Apec
 * staff made the change, whose name ({@code changedBy}) the organisation's members do not read.
 */
public record StatusChange(ApplicationStatus from, ApplicationStatus to, Instant changedAt, String changedBy,
		String reason, boolean byStaff) {
}
