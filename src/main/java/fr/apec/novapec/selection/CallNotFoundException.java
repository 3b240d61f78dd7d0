package fr.apec.novapec.selection;

import java.util.NoSuchElementException;

/** No call for projects has the id or slug asked for. */
public class CallNotFoundException extends NoSuchElementException {

	public CallNotFoundException(String which) {
		super("No call for projects " + which);
	}

}
