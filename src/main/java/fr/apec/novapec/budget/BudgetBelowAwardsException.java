package fr.apec.novapec.budget;

import java.math.BigDecimal;

/** A programme year's budget cannot go below what its awards already take: {@link #awarded()}. */
public class BudgetBelowAwardsException extends RuntimeException {

	private final BigDecimal awarded;

	BudgetBelowAwardsException(int year, BigDecimal awarded) {
		super("Programme year " + year + " has " + awarded + " awarded already");
		this.awarded = awarded;
	}

	public BigDecimal awarded() {
		return this.awarded;
	}

}
