package fr.apec.novapec.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The score of one criterion on a reviewer's sheet, with its comment; a draft may lack either. */
@Embeddable
class Score {

	@Column(name = "criterion_code", nullable = false)
	private String criterionCode;

	@Column(name = "score")
	private Integer score;

	@Column(name = "comment")
	private String comment;

	protected Score() {
	}

	Score(String criterionCode, Integer score, String comment) {
		this.criterionCode = criterionCode;
		this.score = score;
		this.comment = comment;
	}

	String criterionCode() {
		return this.criterionCode;
	}

	ScoreInput input() {
		return new ScoreInput(this.score, this.comment);
	}

}
