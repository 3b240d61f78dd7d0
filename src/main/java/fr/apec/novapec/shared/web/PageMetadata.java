package fr.apec.novapec.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs to make every page findable and shareable: its canonical URL (for the
 * canonical link and OpenGraph) on the public base URL of the portal, not on whatever host answered.
 */
@ControllerAdvice
class PageMetadata {

	private final String baseUrl;

	PageMetadata(@Value("${novapec.base-url}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		String query = request.getQueryString();
		return this.baseUrl + request.getRequestURI() + ((query == null || query.isEmpty()) ? "" : "?" + query);
	}

	@ModelAttribute("baseUrl")
	String baseUrl() {
		return this.baseUrl;
	}

}
