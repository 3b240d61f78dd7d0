package fr.apec.novapec.selection;

import java.time.LocalDate;

/** Another round of the same call already meets on that committee date: nothing was changed. */
public class CommitteeDateTakenException extends RuntimeException {

	public CommitteeDateTakenException(long callId, LocalDate committeeDate) {
		super("Call " + callId + " already has a round whose committee meets on " + committeeDate);
	}

}
