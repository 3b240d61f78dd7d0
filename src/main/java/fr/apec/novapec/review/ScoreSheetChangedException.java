package fr.apec.novapec.review;

/** The score sheet was saved elsewhere since the page was read. */
public class ScoreSheetChangedException extends ReviewRefusedException {

	public ScoreSheetChangedException() {
		super("review.scores.stale");
	}

}
