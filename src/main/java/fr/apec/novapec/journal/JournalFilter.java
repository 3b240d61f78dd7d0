package fr.apec.novapec.journal;

import java.time.LocalDate;

import fr.apec.novapec.shared.AuditedAction;

/**
 * What the journal is narrowed to; every part may be null for no condition.
 *
 * @param action one kind of action
 * @param actor words of the e-mail address or name of who acted
 * @param applicationId one application
 * @param from the first day kept (in Paris)
 * @param to the last day kept (in Paris), included
 */
public record JournalFilter(AuditedAction.Action action, String actor, Long applicationId, LocalDate from,
		LocalDate to) {

	/** No condition: the whole journal. */
	public static JournalFilter none() {
		return new JournalFilter(null, null, null, null, null);
	}

}
