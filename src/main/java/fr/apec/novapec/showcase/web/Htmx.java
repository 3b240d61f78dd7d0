package fr.apec.novapec.showcase.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What htmx asks of a showcase page. htmx sends {@code HX-Request} with its requests, and adds
 * {@code HX-History-Restore-Request} when Back or Forward finds no copy of the page in its history
 * cache (the portal keeps none: {@code historyCacheSize} is 0) and asks the server for it: that request
 * replaces the whole body, so it must get the whole page, never the fragment.
 */
final class Htmx {

	static final String REQUEST = "HX-Request";

	static final String HISTORY_RESTORE_REQUEST = "HX-History-Restore-Request";

	/** The request headers the answer of a page with a fragment depends on, for {@code Vary}. */
	static final String VARY = REQUEST + ", " + HISTORY_RESTORE_REQUEST;

	private Htmx() {
	}

	/** Whether the request wants only the fragment: htmx asks, and not to restore a page from history. */
	static boolean wantsFragment(HttpServletRequest request) {
		return request.getHeader(REQUEST) != null && !"true".equals(request.getHeader(HISTORY_RESTORE_REQUEST));
	}

}
