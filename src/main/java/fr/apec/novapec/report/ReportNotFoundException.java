package fr.apec.novapec.report;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such report for this reader: an unknown report, a kind the call does not ask for, an application
 * not selected or not one of this member's organisation. All get the same 404, so a guess tells nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReportNotFoundException extends RuntimeException {

	public ReportNotFoundException() {
		super("No such report for this reader");
	}

}
