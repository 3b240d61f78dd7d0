package fr.apec.novapec.shared;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The messages shown once after a redirect, in the reader's language: {@code notice} for what went
 * well, {@code alert} for what could not be done. Every feature's controllers use this one.
 */
@Component
public class Notices {

	private final MessageSource messages;

	Notices(MessageSource messages) {
		this.messages = messages;
	}

	/** Shows this message, once, on the page the redirect leads to, as something that went well. */
	public void notice(RedirectAttributes redirect, String key, Object... arguments) {
		redirect.addFlashAttribute("notice", text(key, arguments));
	}

	/** Shows this message, once, on the page the redirect leads to, as something that could not be done. */
	public void alert(RedirectAttributes redirect, String key, Object... arguments) {
		redirect.addFlashAttribute("alert", text(key, arguments));
	}

	/** The message of this key in the reader's language. */
	public String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
