package fr.apec.novapec.application;

/**
 * The application was sent for submission without its member certifying it (the attestation box not
 * ticked): nothing changed.
 */
public class AttestationMissingException extends RuntimeException {

	AttestationMissingException(long applicationId) {
		super("Application " + applicationId + " was not attested: not submitted");
	}

}
