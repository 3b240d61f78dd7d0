package fr.apec.novapec.organisation;

/**
 * Another organisation on the portal already has this SIRET. It carries nothing else about that
 * organisation: the person may only ask its members to join.
 */
public class SiretAlreadyRegisteredException extends RuntimeException {

	private final String siret;

	public SiretAlreadyRegisteredException(String siret) {
		super("SIRET already registered");
		this.siret = siret;
	}

	public String siret() {
		return this.siret;
	}

}
