package fr.apec.novapec.organisation.web;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.apec.novapec.organisation.DocumentVaultService;
import fr.apec.novapec.shared.StandalonePages;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A multipart request over the container's limits (spring.servlet.multipart.*) cannot be read at all:
 * Tomcat then fails the first {@code getParameter} call, which Spring Security's CSRF check makes
 * before any controller or controller advice could answer. So the body is read here, just before
 * Spring Security, and such a request is sent back to the page at its own address (where the portal's
 * upload forms live) with a message saying the file is too large, but only when that address is one of
 * the portal's upload forms: any other path (which an attacker chooses, such as {@code /%09/evil.example})
 * gets a 413 page instead, so a Location is never built from what the request says. Nothing was saved:
 * nothing could be read. Files over the vault's 10 MB but under the container's limits reach the controller, which
 * shows the form again as it was filled.
 */
@Component
class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

	/** Just before Spring Security's filter chain (order -100), after the session and request context. */
	static final int ORDER = -101;

	/** The addresses of the portal's upload forms: the vault, an application's documents, the threads. */
	private static final Pattern UPLOAD_FORMS = Pattern.compile(
			"/(espace/organisation/[0-9]{1,18}/documents|espace/candidatures/[0-9]{1,18}/(documents|messages)"
					+ "|gestion/candidatures/[0-9]{1,18}/messages)");

	private final MessageSource messages;

	private final LocaleResolver locales;

	UploadLimitFilter(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IllegalStateException ex) {
			// What the Servlet specification throws for a body or part over the configured limits.
			tooLarge(request, response);
			return;
		}
		catch (ServletException | IOException ex) {
			// Not a readable multipart body: let the rest of the chain refuse it as usual.
		}
		chain.doFilter(request, response);
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getServletPath();
		if (request.getPathInfo() != null || !UPLOAD_FORMS.matcher(path).matches()) {
			// Written here: the usual error page would try to read the body again.
			StandalonePages.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, this.messages,
					this.locales.resolveLocale(request), "error.413", request.getContextPath() + "/", "error.backHome");
			return;
		}
		String target = path;
		if (request.getSession(false) != null) {
			FlashMap flash = new FlashMap();
			flash.put("alert", this.messages.getMessage("document.file.tooLarge.request",
					new Object[] { DocumentVaultService.MAX_SIZE / (1024 * 1024) }, this.locales.resolveLocale(request)));
			flash.setTargetRequestPath(request.getContextPath() + target);
			new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
		}
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader("Location", request.getContextPath() + target);
	}

}
