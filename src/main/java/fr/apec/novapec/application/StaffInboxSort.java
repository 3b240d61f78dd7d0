package fr.apec.novapec.application;

/** The orders of the staff inbox. */
public enum StaffInboxSort {

	/** The most recently submitted first (the default). */
	NEWEST,

	/** The largest amount requested first. */
	AMOUNT_DESC,

	/** The smallest amount requested first. */
	AMOUNT_ASC,

	/** The best weighted mean first, those not scored yet last. */
	SCORE

}
