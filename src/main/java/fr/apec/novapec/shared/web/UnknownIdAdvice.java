package fr.apec.novapec.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * An id in the address that Java cannot hold ({@code /espace/candidatures/99999999999999999999/pdf}: the
 * route's {@code \d+} lets any digits through, a {@code long} does not) names nothing: the same 404 page as an
 * id that exists nowhere, on every route, public, applicant's or staff's. The unknown id and the impossible one
 * must not be told apart, or a 400 would say which ids are worth guessing. Ids that are not digits at all
 * ({@code abc}, {@code -1}) never match a route and are 404 already.
 * <p>
 * A query parameter or form field of the wrong type is the client's mistake, not a missing page: it stays a 400,
 * as Spring MVC answers it without this advice.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnknownIdAdvice {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletResponse response) throws IOException {
		boolean inThePath = ex.getParameter().hasParameterAnnotation(PathVariable.class);
		response.sendError(inThePath ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST);
	}

}
