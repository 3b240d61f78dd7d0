package fr.apec.novapec.report.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** An id in the address too long for Java names no report: 404, as any unknown one. */
@ControllerAdvice(assignableTypes = { ReportController.class, StaffReportController.class })
class ReportWebAdvice {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
