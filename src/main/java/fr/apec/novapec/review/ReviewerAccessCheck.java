package fr.apec.novapec.review;

import java.util.List;

import fr.apec.novapec.application.ApplicationUnderReview;
import fr.apec.novapec.application.Applications;
import fr.apec.novapec.application.ReviewerAccess;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the application module whether a reviewer may read an application: assigned to it, declared no
 * conflict of interest for it, and no conflict declared with its organisation's SIRET.
 */
@Component
class ReviewerAccessCheck implements ReviewerAccess {

	private final ReviewAssignmentRepository assignments;

	private final Applications applications;

	private final Conflicts conflicts;

	ReviewerAccessCheck(ReviewAssignmentRepository assignments, Applications applications, Conflicts conflicts) {
		this.assignments = assignments;
		this.applications = applications;
		this.conflicts = conflicts;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayRead(long applicationId, long reviewerAccountId) {
		boolean declared = this.assignments.findByApplicationIdAndReviewerId(applicationId, reviewerAccountId)
			.map(ReviewAssignment::declaredNoConflict)
			.orElse(false);
		if (!declared) {
			return false;
		}
		ApplicationUnderReview application = this.applications.underReview(List.of(applicationId)).get(applicationId);
		return application != null && !this.conflicts.conflicted(reviewerAccountId, application.organisationId());
	}

}
