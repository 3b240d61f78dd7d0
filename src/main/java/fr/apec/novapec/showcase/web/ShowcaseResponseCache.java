package fr.apec.novapec.showcase.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.apec.novapec.laureate.LaureateService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered answers of the public showcase and the open data for anonymous visitors, under the
 * showcase version and today's date (the home page says which programme year its budget belongs to and when
 * the first reports are due). Each request reads that version (one primary-key query), so a publication
 * shows at once on every instance; in between, a page costs no template rendering and no search. Pages seen by a
 * signed-in person are never kept, since their header names that person; neither is an answer that is
 * not a 200 or that opened a session.
 */
class ShowcaseResponseCache extends OncePerRequestFilter {

	/** Upper bound of the memory the kept answers may take. */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	private final LaureateService laureates;

	private final LocaleResolver localeResolver;

	private final Cache<Key, Answer> answers = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.weigher((Key key, Answer answer) -> answer.body().length + 512)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	private final Clock clock;

	ShowcaseResponseCache(LaureateService laureates, LocaleResolver localeResolver, Clock clock) {
		this.laureates = laureates;
		this.localeResolver = localeResolver;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || request.getUserPrincipal() != null
				|| !ShowcaseHttpCaching.isShowcase(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Key key = new Key(this.laureates.showcaseVersion(), LocalDate.now(this.clock), request.getRequestURI(),
				request.getQueryString(), this.localeResolver.resolveLocale(request).toLanguageTag(),
				Htmx.wantsFragment(request));
		Answer answer = this.answers.getIfPresent(key);
		if (answer != null) {
			answer.writeTo(request, response);
			return;
		}
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, capture);
		if (capture.getStatus() == HttpServletResponse.SC_OK && capture.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
			this.answers.put(key, Answer.of(capture));
		}
		capture.copyBodyToResponse();
	}

	/**
	 * What an answer depends on: the day (figures and hints follow it), and whether it is a fragment (a
	 * history restore asks with HX-Request too, but gets the whole page).
	 */
	private record Key(long version, LocalDate today, String path, String query, String locale, boolean fragment) {
	}

	/** A kept answer: its body and the headers that describe it. */
	private record Answer(byte[] body, String contentType, String contentLanguage, String etag, String cacheControl,
			Collection<String> vary, String contentDisposition) {

		static Answer of(ContentCachingResponseWrapper response) {
			return new Answer(response.getContentAsByteArray(), response.getContentType(),
					response.getHeader(HttpHeaders.CONTENT_LANGUAGE), response.getHeader(HttpHeaders.ETAG),
					response.getHeader(HttpHeaders.CACHE_CONTROL), response.getHeaders(HttpHeaders.VARY),
					response.getHeader(HttpHeaders.CONTENT_DISPOSITION));
		}

		void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
			setIfPresent(response, HttpHeaders.CACHE_CONTROL, this.cacheControl);
			setIfPresent(response, HttpHeaders.ETAG, this.etag);
			this.vary.forEach((value) -> response.addHeader(HttpHeaders.VARY, value));
			String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
			if (this.etag != null && ifNoneMatch != null && ifNoneMatch.contains(this.etag)) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
			if (this.contentLanguage != null) {
				// Tomcat writes Content-Language from the response locale, not from a plain header.
				response.setLocale(Locale.forLanguageTag(this.contentLanguage));
			}
			setIfPresent(response, HttpHeaders.CONTENT_DISPOSITION, this.contentDisposition);
			if (this.contentType != null) {
				response.setContentType(this.contentType);
			}
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
		}

		private static void setIfPresent(HttpServletResponse response, String name, String value) {
			if (value != null) {
				response.setHeader(name, value);
			}
		}

	}

}
