package fr.apec.novapec.report;

/** The report was sent (or approved) and can no longer be changed by its organisation. */
public class ReportNotEditableException extends RuntimeException {

	private final ReportStatus status;

	public ReportNotEditableException(ReportStatus status) {
		super("The report is " + status + " and cannot be changed");
		this.status = status;
	}

	public ReportStatus status() {
		return this.status;
	}

}
