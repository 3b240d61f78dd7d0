package fr.apec.novapec.review.web;

/** A reviewer's declaration on an assigned application: "true" for a conflict of interest, "false" for none. */
public class DeclarationForm {

	private String conflict;

	/** True for a conflict, false for none, null when nothing was chosen. */
	Boolean choice() {
		return "true".equals(this.conflict) ? Boolean.TRUE : "false".equals(this.conflict) ? Boolean.FALSE : null;
	}

	public String getConflict() {
		return this.conflict;
	}

	public void setConflict(String conflict) {
		this.conflict = conflict;
	}

}
