package fr.apec.novapec.application;

/**
 * What another module shows of an application in a list: its reference, title, organisation and state.
 *
 * @param reference the reference the application is known by, for example NOVA-2026-000123
 * @param callId the call for projects it answers
 */
public record ApplicationSummary(long id, String reference, String title, long organisationId,
		String organisationName, ApplicationStatus status, long callId) {

}
