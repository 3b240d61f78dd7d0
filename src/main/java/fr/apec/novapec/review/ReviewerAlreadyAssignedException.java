package fr.apec.novapec.review;

/** The reviewer is assigned to this application already. */
public class ReviewerAlreadyAssignedException extends ReviewRefusedException {

	public ReviewerAlreadyAssignedException() {
		super("review.assign.already");
	}

}
