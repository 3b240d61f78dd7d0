package fr.apec.novapec.budget;

/** A programme year is added once; this one exists already. */
public class YearExistsException extends RuntimeException {

	YearExistsException(int year) {
		super("Programme year " + year + " exists already");
	}

}
