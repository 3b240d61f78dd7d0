package fr.apec.novapec.budget;

/** What must hold before a tranche of an award may be paid. */
public enum TrancheCondition {

	/** The convention is signed: paid as soon as the award is made. */
	SIGNATURE,

	/** Staff approved the laureate's interim report. */
	INTERIM_REPORT_APPROVED,

	/** Staff approved the laureate's final report. */
	FINAL_REPORT_APPROVED

}
