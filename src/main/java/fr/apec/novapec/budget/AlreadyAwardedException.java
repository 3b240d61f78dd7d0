package fr.apec.novapec.budget;

/** An application holds one award at most: a second decision for it came too late. */
public class AlreadyAwardedException extends RuntimeException {

	AlreadyAwardedException(long applicationId) {
		super("Application " + applicationId + " already holds an award");
	}

}
