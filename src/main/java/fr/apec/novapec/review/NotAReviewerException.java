package fr.apec.novapec.review;

/** The account chosen is not an enabled reviewer. */
public class NotAReviewerException extends ReviewRefusedException {

	public NotAReviewerException() {
		super("review.assign.notAReviewer");
	}

}
