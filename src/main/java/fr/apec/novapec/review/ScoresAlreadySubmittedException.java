package fr.apec.novapec.review;

/** The score sheet was submitted already: it is read-only. */
public class ScoresAlreadySubmittedException extends ReviewRefusedException {

	public ScoresAlreadySubmittedException() {
		super("review.scores.alreadySubmitted");
	}

}
