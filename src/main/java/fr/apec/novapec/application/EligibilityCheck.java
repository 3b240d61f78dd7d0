package fr.apec.novapec.application;

import java.time.LocalDate;
import java.util.List;

/**
 * The eligibility rules checked at submission ({@link Eligibility}), run again for staff on what the
 * organisation and its vault say today, with each document that counts and its validity then and now.
 *
 * @param checkedOn the day of this check (Paris)
 * @param submittedOn the day of its last submission, or null if unknown
 * @param blockers the rules it breaks today, empty when it is eligible
 * @param documents the vault documents of the kinds the call requires and those attached to the application
 * @param mayDecide whether the reader may decide its eligibility (the lead region's team, or an administrator)
 */
public record EligibilityCheck(LocalDate checkedOn, LocalDate submittedOn, List<Blocker> blockers,
		List<CheckedDocument> documents, boolean mayDecide) {

	public boolean eligible() {
		return this.blockers.isEmpty();
	}

	/**
	 * A document and its validity.
	 * @param validUntil its last valid day, or null when it does not expire
	 * @param validAtSubmission whether it was valid the day of the submission, null when that day is unknown
	 * @param validOnCheck whether it is valid on the day of the check
	 */
	public record CheckedDocument(String kind, String originalName, boolean required, boolean attached,
			LocalDate uploadedOn, LocalDate validUntil, Boolean validAtSubmission, boolean validOnCheck) {
	}

}
