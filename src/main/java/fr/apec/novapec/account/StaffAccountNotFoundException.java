package fr.apec.novapec.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No staff account (nor pending invitation) has this id: the page answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class StaffAccountNotFoundException extends RuntimeException {

	public StaffAccountNotFoundException(long id) {
		super("No staff account " + id);
	}

}
