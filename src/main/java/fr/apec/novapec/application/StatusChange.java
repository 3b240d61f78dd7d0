package fr.apec.novapec.application;

import java.time.Instant;

/** One line of an application's history: {@code from} is null for its creation. */
public record StatusChange(ApplicationStatus from, ApplicationStatus to, Instant changedAt, String changedBy,
		String reason) {
}
