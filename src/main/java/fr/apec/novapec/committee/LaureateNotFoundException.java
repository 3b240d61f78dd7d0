package fr.apec.novapec.committee;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The application has no laureate project (not selected, or its round not yet published): a 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class LaureateNotFoundException extends RuntimeException {

	public LaureateNotFoundException(long applicationId) {
		super("No laureate project for application " + applicationId);
	}

}
