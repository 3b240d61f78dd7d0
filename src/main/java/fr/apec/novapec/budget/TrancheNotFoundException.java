package fr.apec.novapec.budget;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No tranche has this id: the page answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TrancheNotFoundException extends RuntimeException {

	TrancheNotFoundException(long id) {
		super("No tranche " + id);
	}

}
