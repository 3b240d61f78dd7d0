package fr.apec.novapec.report;

/** Staff decided on a report that is no longer waiting for a decision (another decision came first). */
public class ReportAlreadyDecidedException extends RuntimeException {

	private final ReportStatus status;

	public ReportAlreadyDecidedException(ReportStatus status) {
		super("The report is already " + status);
		this.status = status;
	}

	public ReportStatus status() {
		return this.status;
	}

}
