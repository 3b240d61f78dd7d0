package fr.apec.novapec.review;

/** A reviewer who submitted its scores stays assigned: its scores count. */
public class SubmittedScoresKeptException extends ReviewRefusedException {

	public SubmittedScoresKeptException() {
		super("review.unassign.submitted");
	}

}
