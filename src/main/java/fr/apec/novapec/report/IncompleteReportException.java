package fr.apec.novapec.report;

/** A report sent without every figure or without its text; nothing was saved or sent. */
public class IncompleteReportException extends RuntimeException {

	public IncompleteReportException() {
		super("Every figure and the text are needed to send the report");
	}

}
