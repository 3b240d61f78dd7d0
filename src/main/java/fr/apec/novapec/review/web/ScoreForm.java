package fr.apec.novapec.review.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.review.GridCriterion;
import fr.apec.novapec.review.ScoreInput;

import org.springframework.validation.BindingResult;

/**
 * A reviewer's sheet: for each criterion of the grid, in its order, a score from 0 to 5 (empty in a draft)
 * and a comment; the sheet's version, so that a page left open elsewhere is told it is stale.
 */
public class ScoreForm {

	static final int MAX_COMMENT = 4000;

	private long version;

	private List<Row> rows = new ArrayList<>();

	static ScoreForm of(List<GridCriterion> criteria, Map<String, ScoreInput> scores, long version) {
		ScoreForm form = new ScoreForm();
		form.version = version;
		for (GridCriterion criterion : criteria) {
			ScoreInput input = scores.getOrDefault(criterion.code(), new ScoreInput(null, null));
			Row row = new Row();
			row.setCode(criterion.code());
			row.setScore((input.score() != null) ? String.valueOf(input.score()) : "");
			row.setComment(input.comment());
			form.rows.add(row);
		}
		return form;
	}

	/**
	 * The scores typed, by criterion code, with errors beside the fields that are wrong: a score that is not
	 * 0 to 5, a comment too long, and, when submitting, a criterion left without a score.
	 */
	Map<String, ScoreInput> scores(boolean submit, BindingResult errors) {
		Map<String, ScoreInput> scores = new LinkedHashMap<>();
		for (int i = 0; i < this.rows.size(); i++) {
			Row row = this.rows.get(i);
			if (row.getCode() == null) {
				continue;
			}
			String text = (row.getScore() != null) ? row.getScore().strip() : "";
			Integer score = null;
			if (text.matches("[0-5]")) {
				score = Integer.valueOf(text);
			}
			else if (!text.isEmpty()) {
				errors.rejectValue("rows[" + i + "].score", "review.scores.score.invalid");
			}
			else if (submit) {
				errors.rejectValue("rows[" + i + "].score", "review.scores.score.required");
			}
			String comment = (row.getComment() != null) ? row.getComment().strip() : null;
			if (comment != null && comment.length() > MAX_COMMENT) {
				errors.rejectValue("rows[" + i + "].comment", "review.scores.comment.tooLong");
				comment = null;
			}
			scores.put(row.getCode(), new ScoreInput(score, comment));
		}
		return scores;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** One criterion of the sheet. */
	public static class Row {

		private String code;

		private String score;

		private String comment;

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getScore() {
			return this.score;
		}

		public void setScore(String score) {
			this.score = score;
		}

		public String getComment() {
			return this.comment;
		}

		public void setComment(String comment) {
			this.comment = comment;
		}

	}

}
