package fr.apec.novapec.report;

/**
 * Where a report stands: written (DRAFT), sent to staff (SUBMITTED), then APPROVED, or RETURNED for
 * changes and written again.
 */
public enum ReportStatus {

	DRAFT, SUBMITTED, APPROVED, RETURNED;

	/** Whether the organisation may still change the report. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
