package fr.apec.novapec.selection;

/** The round was changed by someone else since the page that changes it was read: nothing was changed. */
public class RoundChangedException extends RuntimeException {

	public RoundChangedException(Long id) {
		super(String.format("The round %d was changed or deleted by someone else since it was read", id));
	}

}
