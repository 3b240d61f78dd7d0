package fr.apec.novapec.application;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An application as the staff list shows it.
 *
 * @param roundLabel null while it waits for a round
 * @param submittedAt when it was last submitted
 * @param requestedAmount the amount it asks for (null only if it was submitted without one)
 * @param awaitingAnswer whether the latest message of its thread comes from the applicant
 * @param weightedScore the weighted mean of its submitted score sheets, or null while none is
 */
public record StaffApplicationRow(long id, String reference, String title, String organisationName, ApplicationStatus status,
		String roundLabel, Instant submittedAt, BigDecimal requestedAmount, boolean awaitingAnswer,
		BigDecimal weightedScore) {
}
