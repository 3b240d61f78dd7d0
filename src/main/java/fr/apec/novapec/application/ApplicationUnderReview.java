package fr.apec.novapec.application;

/**
 * An application as the review module lists it: what it is, whose, in which call and round, and its state.
 * Nothing of its content.
 *
 * @param id the application's id
 * @param reference its reference (NOVA-2026-000123)
 * @param title its title
 * @param organisationId the organisation that applies
 * @param organisationName its name
 * @param status its state
 * @param callId the call it answers
 * @param roundLabel the label of its selection round, or null while it waits for one
 */
public record ApplicationUnderReview(long id, String reference, String title, long organisationId,
		String organisationName, ApplicationStatus status, long callId, String roundLabel) {
}
