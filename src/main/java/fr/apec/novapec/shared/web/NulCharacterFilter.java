package fr.apec.novapec.shared.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A NUL character (U+0000) cannot be typed in a form and PostgreSQL cannot store it in text: a request that
 * carries one in a parameter's name or value is answered 400 with a page that says so, before it reaches a
 * controller, a search or a statement. The login form is the exception: its filter counts such an address as
 * a failed attempt, so that it cannot be used to probe the lockout.
 */
@Component
class NulCharacterFilter extends OncePerRequestFilter implements Ordered {

	/** After the limits per client, before the upload limit (-101) and Spring Security (-100). */
	static final int ORDER = -102;

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return "POST".equals(request.getMethod())
				&& "/connexion".equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			// A multipart body over the container's limits: the upload limit answers it.
			chain.doFilter(request, response);
			return;
		}
		if (holdsNul(parameters)) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean holdsNul(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (parameter.getKey().indexOf('\0') >= 0) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf('\0') >= 0) {
					return true;
				}
			}
		}
		return false;
	}

}
