package fr.apec.novapec.committee;

import java.math.BigDecimal;

/**
 * The awards a committee's page decides do not fit in what remains of the programme year, as its locked row said:
 * nothing was recorded. {@link #missing()} is what the year lacks for all of them.
 */
public class DecisionsOverBudgetException extends RuntimeException {

	private final int year;

	private final BigDecimal missing;

	DecisionsOverBudgetException(int year, BigDecimal missing, Throwable cause) {
		super("Programme year " + year + " lacks " + missing + " for these decisions", cause);
		this.year = year;
		this.missing = missing;
	}

	public int year() {
		return this.year;
	}

	public BigDecimal missing() {
		return this.missing;
	}

}
