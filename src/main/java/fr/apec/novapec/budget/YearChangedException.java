package fr.apec.novapec.budget;

/** The form was read before another change of the programme year: nothing is saved, the page is read again. */
public class YearChangedException extends RuntimeException {

	YearChangedException(int year) {
		super("Programme year " + year + " changed since the form was read");
	}

}
