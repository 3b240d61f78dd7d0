package fr.apec.novapec.application;

import java.time.Instant;

/** An application as a dashboard lists it. {@code roundLabel} is null until it joins a round. */
public record ApplicationRow(long id, String title, String organisationName, ApplicationStatus status,
		String roundLabel, Instant updatedAt) {
}
