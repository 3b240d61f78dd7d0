package fr.apec.novapec.report;

import java.time.LocalDate;

import fr.apec.novapec.shared.Formats;

/**
 * A report the application owes, with the day it is due.
 *
 * @param status where it stands, or {@code null} when the organisation has not opened it yet
 */
public record ReportDue(ReportKind kind, LocalDate dueOn, ReportStatus status) {

	/** Whether its day has passed (in Paris) while staff still have nothing to read. */
	public boolean overdue() {
		return (this.status == null || this.status.editable()) && this.dueOn.isBefore(LocalDate.now(Formats.PARIS));
	}

}
