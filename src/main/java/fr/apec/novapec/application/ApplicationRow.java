package fr.apec.novapec.application;

import java.time.Instant;

/** An application as a dashboard lists it, with its reference. {@code roundLabel} is null until it joins a round. */
public record ApplicationRow(long id, String reference, String title, String organisationName, ApplicationStatus status,
		String roundLabel, Instant updatedAt) {
}
