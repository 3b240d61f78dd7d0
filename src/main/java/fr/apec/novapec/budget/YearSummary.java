package fr.apec.novapec.budget;

import java.math.BigDecimal;

/** A programme year in the list of years: its budget, what is awarded and paid of it. */
public record YearSummary(int year, BigDecimal budget, BigDecimal awarded, BigDecimal paid) {

	public BigDecimal remaining() {
		return this.budget.subtract(this.awarded);
	}

}
