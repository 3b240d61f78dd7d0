package fr.apec.novapec.organisation;

/** Another member already accepted or refused this request to join; a decision is not changed. */
public class JoinRequestAlreadyDecidedException extends RuntimeException {

	public JoinRequestAlreadyDecidedException() {
		super("The request to join has already been decided");
	}

}
