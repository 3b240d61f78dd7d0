package fr.apec.novapec.application;

import java.time.Instant;

/**
 * An application as the staff list shows it.
 *
 * @param roundLabel null while it waits for a round
 * @param submittedAt when it was last submitted
 * @param awaitingAnswer whether the latest message of its thread comes from the applicant
 */
public record StaffApplicationRow(long id, String reference, String title, String organisationName, ApplicationStatus status,
		String roundLabel, Instant submittedAt, boolean awaitingAnswer) {
}
