package fr.apec.novapec.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.apec.novapec.shared.EmailAddresses;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Turns a login away before any password is checked when its address is throttled (429 with
 * Retry-After) or locked (back to the form with a message). Both depend on the address alone, so they
 * answer the same for existing and unknown accounts. An address holding a control character is a failed
 * login without any password checked.
 */
class LoginAttemptFilter extends OncePerRequestFilter {

	static final String LOGIN_PATH = "/connexion";

	private final LoginAttempts attempts;

	LoginAttemptFilter(LoginAttempts attempts) {
		this.attempts = attempts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& (request.getContextPath() + LOGIN_PATH).equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = request.getParameter("email");
		if (email == null || email.isBlank()) {
			chain.doFilter(request, response);
			return;
		}
		LoginAttempts.Verdict verdict = this.attempts.verdict(email);
		switch (verdict.kind()) {
			case ALLOWED -> {
				if (EmailAddresses.hasForbiddenCharacters(email)) {
					// No address holds a control character: a failure, counted against the address it hides.
					this.attempts.failed(email);
					backToForm(request, response, email, "?erreur", null);
				}
				else {
					chain.doFilter(request, response);
				}
			}
			case THROTTLED -> {
				this.attempts.refused(email);
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(verdict.retryAfter().toSeconds()));
				response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			}
			case LOCKED -> {
				this.attempts.refused(email);
				backToForm(request, response, email, "?bloque",
						Math.max(1, (verdict.retryAfter().toSeconds() + 59) / 60));
			}
		}
	}

	/** Back to the login form, the typed address kept (without what no address may hold). */
	static void backToForm(HttpServletRequest request, HttpServletResponse response, String email, String query,
			Long lockedMinutes) throws IOException {
		FlashMap flash = new FlashMap();
		flash.put("email", EmailAddresses.printable(email));
		if (lockedMinutes != null) {
			flash.put("lockedMinutes", lockedMinutes);
		}
		flash.setTargetRequestPath(LOGIN_PATH);
		new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + LOGIN_PATH + query);
	}

}
