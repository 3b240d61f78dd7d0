package fr.apec.novapec.committee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.apec.novapec.budget.TranchePlan;

/**
 * What a decision letter says: the committee's decision on an application, with the amount awarded and its
 * tranches for a selection, or the reason for a rejection.
 *
 * @param amount the amount awarded (null for a rejection)
 * @param tranches the tranches of that amount (empty for a rejection)
 * @param reason why the committee rejected it (null for a selection)
 * @param issuedOn the day the letter is written (the round's publication)
 */
public record DecisionLetter(String reference, String title, String organisationName, String roundLabel,
		LocalDate committeeDate, boolean selected, BigDecimal amount, List<TranchePlan.Tranche> tranches,
		String reason, LocalDate issuedOn) {

	/** The file name under which the letter is attached. */
	public String fileName() {
		return "decision-" + this.reference + ".pdf";
	}

}
