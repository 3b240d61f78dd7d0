package fr.apec.novapec.application.web;

import java.io.IOException;
import java.util.Map;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.application.ApplicationMessages;
import fr.apec.novapec.application.MessageRefusedException;
import fr.apec.novapec.application.MessageThreadClosedException;
import fr.apec.novapec.shared.Notices;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The applicant's side of an application's thread: writing a message (with a file or not) from the
 * application's page, and downloading a message's file. Every route answers 404 to anyone who is not a
 * member of the application's organisation, and for a message or file that is not of that application.
 */
@Controller
@RequestMapping("/espace/candidatures/{id:\\d+}/messages")
class ApplicationMessageController {

	private final ApplicationMessages messages;

	private final ApplicationController overview;

	private final Notices notices;

	ApplicationMessageController(ApplicationMessages messages, ApplicationController overview,
			Notices notices) {
		this.messages = messages;
		this.overview = overview;
		this.notices = notices;
	}

	@PostMapping
	String write(@PathVariable long id, @ModelAttribute("messageForm") MessageForm form, BindingResult errors,
			CurrentAccount who, Model model, RedirectAttributes redirect) {
		try {
			this.messages.write(id, who, form.getText(), MessageFiles.upload(form.getFile()));
		}
		catch (MessageRefusedException ex) {
			MessageFiles.reject(ex, errors, "text");
			// The application's page again, whole, with the errors beside the fields and the text kept.
			return this.overview.show(id, who, model);
		}
		catch (MessageThreadClosedException ex) {
			this.notices.alert(redirect, ex.messageKey());
			return "redirect:/espace/candidatures/" + id;
		}
		this.notices.notice(redirect, "message.sent");
		return "redirect:/espace/candidatures/" + id + "#messages";
	}

	/**
	 * Where a request too large to be read is sent back (see the vault's UploadLimitFilter): the
	 * application's page, with the message saying why.
	 */
	@GetMapping
	String thread(@PathVariable long id, CurrentAccount who, HttpServletRequest request, RedirectAttributes redirect) {
		this.messages.thread(id, who);
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		Object alert = (flash != null) ? flash.get("alert") : null;
		if (alert != null) {
			redirect.addFlashAttribute("alert", alert);
		}
		return "redirect:/espace/candidatures/" + id + "#messages";
	}

	@GetMapping("/{messageId:\\d+}/fichiers/{fileId:\\d+}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long messageId, @PathVariable long fileId,
			CurrentAccount who) {
		return MessageFiles.download(this.messages.file(id, messageId, fileId, who));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
