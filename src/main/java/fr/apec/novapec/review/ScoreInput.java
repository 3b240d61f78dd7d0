package fr.apec.novapec.review;

/**
 * What a reviewer gives for one criterion.
 *
 * @param score from 0 to 5, or null while the sheet is a draft
 * @param comment why, or null
 */
public record ScoreInput(Integer score, String comment) {

	public ScoreInput {
		if (score != null && (score < 0 || score > 5)) {
			throw new IllegalArgumentException("A score is from 0 to 5");
		}
		if (comment != null && comment.isBlank()) {
			comment = null;
		}
	}

}
