package fr.apec.novapec.application.web;

import fr.apec.novapec.application.IllegalTransitionException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A change of state the lifecycle refuses brings the reader back to the application with the reason, never an
 * error page. (An id in the address too long for Java is shared/web's UnknownIdAdvice: 404.)
 */
@ControllerAdvice(assignableTypes = { ApplicationController.class, ApplicationStepController.class,
		ApplicationSubmissionController.class })
class ApplicationWebAdvice {

	private final MessageSource messages;

	ApplicationWebAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(IllegalTransitionException.class)
	String refused(IllegalTransitionException ex, RedirectAttributes redirect) {
		String from = (ex.from() != null) ? label(ex.from().name()) : "—";
		redirect.addFlashAttribute("alert", this.messages.getMessage(ex.messageKey(),
				new Object[] { from, label(ex.to().name()) }, LocaleContextHolder.getLocale()));
		return "redirect:/espace/candidatures/" + ex.applicationId();
	}

	private String label(String status) {
		return this.messages.getMessage("status." + status, null, LocaleContextHolder.getLocale());
	}

}
