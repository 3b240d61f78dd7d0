package fr.apec.novapec.committee;

import java.math.BigDecimal;

/**
 * One row of a committee's page as it was sent.
 * @param version the application's version the page was built on
 * @param decision what was decided, or null when the row is left undecided
 * @param amount the amount proposed (awarded when selected), or null
 * @param reason why it is rejected, or null
 */
public record DecisionInput(long applicationId, long version, Decision decision, BigDecimal amount, String reason) {

	/** Whether this row counts in the budget: selected, with a positive amount. */
	boolean proposes() {
		return this.decision == Decision.SELECTED && this.amount != null && this.amount.signum() > 0;
	}

}
