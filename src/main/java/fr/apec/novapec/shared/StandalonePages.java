package fr.apec.novapec.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.HtmlUtils;

/**
 * An error page written straight to the response by a filter, for the answers that must not go through the
 * usual error page: a request whose body cannot be read (over the upload limits), or one that cannot reach
 * the database (the session and the security context would need it). Its texts are {@code <key>.title},
 * {@code <key>.heading} and {@code <key>.text} in the bundle; it links to the portal's style sheet only.
 */
public final class StandalonePages {

	private StandalonePages() {
	}

	/**
	 * Replaces whatever the response held with this page, never stored by a cache.
	 * @param link where its one link goes, and {@code linkKey} the bundle key of its text
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response, int status, MessageSource messages,
			Locale locale, String key, String link, String linkKey) throws IOException {
		response.resetBuffer();
		response.setStatus(status);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType("text/html;charset=UTF-8");
		String page = "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
				+ text(messages, key + ".title", locale) + "</title>\n<link rel=\"stylesheet\" href=\""
				+ request.getContextPath() + "/assets/css/novapec.css\">\n</head>\n<body>\n"
				+ "<main id=\"contenu\" class=\"wrap\">\n<h1>" + text(messages, key + ".heading", locale) + "</h1>\n<p>"
				+ text(messages, key + ".text", locale) + "</p>\n<p><a href=\"" + HtmlUtils.htmlEscape(link, "UTF-8")
				+ "\">" + text(messages, linkKey, locale) + "</a></p>\n</main>\n</body>\n</html>\n";
		try {
			response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
		}
		catch (IllegalStateException writerAlreadyUsed) {
			// The page had begun through its writer (in UTF-8, as every page of the portal): carry on with it.
			response.getWriter().write(page);
		}
		response.flushBuffer();
	}

	private static String text(MessageSource messages, String key, Locale locale) {
		return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale), "UTF-8");
	}

}
