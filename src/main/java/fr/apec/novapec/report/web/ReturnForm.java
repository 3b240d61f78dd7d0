package fr.apec.novapec.report.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What staff ask the organisation to change when they return a report: required. */
public class ReturnForm {

	@NotBlank(message = "{report.comment.required}")
	@Size(max = 2000, message = "{report.comment.tooLong}")
	private String comment;

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
