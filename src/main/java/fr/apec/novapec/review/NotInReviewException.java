package fr.apec.novapec.review;

/** Reviewers are assigned to an application in review only. */
public class NotInReviewException extends ReviewRefusedException {

	public NotInReviewException() {
		super("review.assign.notInReview");
	}

}
