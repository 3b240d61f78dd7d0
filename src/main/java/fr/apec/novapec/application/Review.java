package fr.apec.novapec.application;

import java.util.List;

import fr.apec.novapec.organisation.DocumentRow;

/**
 * An application as its review step shows it: what it says, the documents of the vault attached to it,
 * and what still blocks its submission.
 */
public record Review(ApplicationDraft draft, List<DocumentRow> documents, List<Blocker> blockers) {

	/** Whether it may be submitted now: in a state that allows it, and nothing blocks it. */
	public boolean submittable() {
		return this.blockers.isEmpty() && Lifecycle.allows(this.draft.status(), ApplicationStatus.SUBMITTED,
				Actor.APPLICANT);
	}

}
