package fr.apec.novapec.selection;

import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No selection round has this id (or it was deleted meanwhile). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RoundNotFoundException extends NoSuchElementException {

	public RoundNotFoundException(long roundId) {
		super("No selection round with id " + roundId);
	}

}
