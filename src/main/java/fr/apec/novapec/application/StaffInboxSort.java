package fr.apec.novapec.application;

/**
 * The orders of the staff inbox. A sort by score belongs here (SCORE) once the review module gives the
 * applications' scores: {@link StaffApplicationQueries} then orders by it as it does by the amount.
 */
public enum StaffInboxSort {

	/** The most recently submitted first (the default). */
	NEWEST,

	/** The largest amount requested first. */
	AMOUNT_DESC,

	/** The smallest amount requested first. */
	AMOUNT_ASC

}
