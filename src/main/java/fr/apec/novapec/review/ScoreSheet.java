package fr.apec.novapec.review;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A reviewer's sheet on an application, as staff (and, once they submitted theirs, the other reviewers)
 * read it.
 *
 * @param assignmentId the assignment
 * @param reviewerId the reviewer's account
 * @param reviewerName its name
 * @param declaredNoConflict whether it declared no conflict of interest for the application
 * @param conflicted whether it declared a conflict with the application's organisation
 * @param submitted whether the sheet was submitted
 * @param scores the score and comment of each criterion, by code (a draft may lack some)
 * @param weighted the weighted score of a submitted sheet at 10 decimals (see {@link WeightedScores}), or
 * null
 */
public record ScoreSheet(long assignmentId, long reviewerId, String reviewerName, boolean declaredNoConflict,
		boolean conflicted, boolean submitted, Map<String, ScoreInput> scores, BigDecimal weighted) {

	/** The weighted score as shown, 2 decimals; null unless submitted. */
	public BigDecimal shownWeighted() {
		return WeightedScores.shown(this.weighted);
	}

	/** The score and comment of this criterion, or an empty one. */
	public ScoreInput score(String code) {
		return this.scores.getOrDefault(code, new ScoreInput(null, null));
	}

}
