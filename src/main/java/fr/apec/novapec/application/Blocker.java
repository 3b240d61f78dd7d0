package fr.apec.novapec.application;

import fr.apec.novapec.organisation.DocumentKind;

/**
 * One thing that still stops an application from being submitted, and where it is put right.
 *
 * @param fix where the applicant fixes it
 * @param section the part of the application to complete when {@code fix} is {@link Fix#STEP}, else null
 * @param messageKey what is wrong, as a message
 * @param document the document kind concerned when {@code fix} is {@link Fix#DOCUMENTS}, else null
 */
public record Blocker(Fix fix, Section section, String messageKey, DocumentKind document) {

	/** Where a blocker is put right. */
	public enum Fix {

		/** In a step of the application form. */
		STEP,

		/** On the organisation's own page (its legal form, ESUS approval, head office). */
		ORGANISATION,

		/** In the organisation's document vault. */
		DOCUMENTS

	}

	static Blocker step(Section section, String messageKey) {
		return new Blocker(Fix.STEP, section, messageKey, null);
	}

	static Blocker organisation(String messageKey) {
		return new Blocker(Fix.ORGANISATION, null, messageKey, null);
	}

	static Blocker document(String messageKey, DocumentKind kind) {
		return new Blocker(Fix.DOCUMENTS, null, messageKey, kind);
	}

}
