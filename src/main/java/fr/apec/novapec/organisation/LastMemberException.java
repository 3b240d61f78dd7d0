package fr.apec.novapec.organisation;

/** The only member of an organisation cannot leave it: nobody would be left to manage it. */
public class LastMemberException extends RuntimeException {

	public LastMemberException() {
		super("The last member cannot leave");
	}

}
