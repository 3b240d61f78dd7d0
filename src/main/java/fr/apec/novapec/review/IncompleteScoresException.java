package fr.apec.novapec.review;

/** A sheet is submitted with a score for every criterion. */
public class IncompleteScoresException extends ReviewRefusedException {

	public IncompleteScoresException() {
		super("review.scores.incomplete");
	}

}
