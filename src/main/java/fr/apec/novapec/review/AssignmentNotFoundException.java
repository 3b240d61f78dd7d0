package fr.apec.novapec.review;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such assignment for this reviewer (or this application): a 404, like an id that does not exist, so
 * that a reviewer learns nothing of applications not assigned to it.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AssignmentNotFoundException extends RuntimeException {

	public AssignmentNotFoundException() {
		super("No such assignment");
	}

}
