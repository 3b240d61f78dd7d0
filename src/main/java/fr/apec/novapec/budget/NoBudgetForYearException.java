package fr.apec.novapec.budget;

/** Nothing can be awarded in a year whose budget an administrator has not set. */
public class NoBudgetForYearException extends RuntimeException {

	private final int year;

	NoBudgetForYearException(int year) {
		super("No programme year " + year);
		this.year = year;
	}

	public int year() {
		return this.year;
	}

}
