package fr.apec.novapec.application;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The application does not exist or the account is not a member of its organisation: both get the same
 * 404, so that a guessed id tells nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ApplicationNotFoundException extends RuntimeException {

	public ApplicationNotFoundException() {
		super("No such application for this member");
	}

}
