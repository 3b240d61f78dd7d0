package fr.apec.novapec.selection;

/** The call was changed by someone else since the page that changes it was read: nothing was changed. */
public class CallChangedException extends RuntimeException {

	public CallChangedException(Long id) {
		super(String.format("The call %d was changed by someone else since it was read", id));
	}

}
