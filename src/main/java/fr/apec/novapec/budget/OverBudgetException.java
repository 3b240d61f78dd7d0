package fr.apec.novapec.budget;

import java.math.BigDecimal;

/** An award would take a programme year past its budget: {@link #missing()} is what the year lacks for it. */
public class OverBudgetException extends RuntimeException {

	private final int year;

	private final BigDecimal remaining;

	private final BigDecimal missing;

	OverBudgetException(int year, BigDecimal remaining, BigDecimal missing) {
		super("Programme year " + year + " lacks " + missing + " for this award (" + remaining + " remain)");
		this.year = year;
		this.remaining = remaining;
		this.missing = missing;
	}

	public int year() {
		return this.year;
	}

	/** What was left of the year's budget when the award was refused. */
	public BigDecimal remaining() {
		return this.remaining;
	}

	public BigDecimal missing() {
		return this.missing;
	}

}
