package fr.apec.novapec.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The organisation, or the document or request of it, does not exist or the account is not one of its
 * members: both get the same 404, so that a guessed id tells nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OrganisationNotFoundException extends RuntimeException {

	public OrganisationNotFoundException() {
		super("No such organisation for this member");
	}

}
