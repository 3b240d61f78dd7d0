package fr.apec.novapec.report.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The messages shown once after a redirect, in the reader's language: {@code notice} for what went well,
 * {@code alert} for what could not be done.
 */
@Component
class ReportNotices {

	private final MessageSource messages;

	ReportNotices(MessageSource messages) {
		this.messages = messages;
	}

	void notice(RedirectAttributes redirect, String key, Object... arguments) {
		redirect.addFlashAttribute("notice", text(key, arguments));
	}

	void alert(RedirectAttributes redirect, String key, Object... arguments) {
		redirect.addFlashAttribute("alert", text(key, arguments));
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
