package fr.apec.novapec.review;

import fr.apec.novapec.organisation.OrganisationService;

import org.springframework.stereotype.Component;

/**
 * Whether a reviewer declared a conflict of interest with an organisation: asked at every access, by the
 * organisation's SIRET of the moment, never copied onto applications.
 */
@Component
class Conflicts {

	private final ReviewConflictRepository conflicts;

	private final OrganisationService organisations;

	Conflicts(ReviewConflictRepository conflicts, OrganisationService organisations) {
		this.conflicts = conflicts;
		this.organisations = organisations;
	}

	boolean conflicted(long reviewerId, long organisationId) {
		return this.organisations.siretOf(organisationId)
			.map((siret) -> this.conflicts.existsByReviewerIdAndSiret(reviewerId, siret))
			.orElse(false);
	}

	/** Records the reviewer's conflict with the organisation, noting the application it was declared on. */
	void declare(long reviewerId, long organisationId, long applicationId) {
		String siret = this.organisations.siretOf(organisationId).orElseThrow(AssignmentNotFoundException::new);
		this.conflicts.declare(reviewerId, siret, applicationId);
	}

}
