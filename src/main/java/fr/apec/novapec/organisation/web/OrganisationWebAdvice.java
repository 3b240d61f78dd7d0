package fr.apec.novapec.organisation.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * An id in the address that is not a number Java can hold (too many digits) names no organisation or
 * document: 404, like any id a member cannot see.
 */
@ControllerAdvice(assignableTypes = { OrganisationController.class, MembershipController.class,
		DocumentController.class })
class OrganisationWebAdvice {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
