package fr.apec.novapec.organisation;

/**
 * The organisation was changed since the page that sends a change was read (another tab, another member):
 * the change is not made, so that it does not overwrite the other one unknowingly.
 */
public class OrganisationChangedException extends RuntimeException {

	public OrganisationChangedException() {
		super("The organisation was changed since the page was read");
	}

}
