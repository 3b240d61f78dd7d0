package fr.apec.novapec.showcase.web;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.apec.novapec.laureate.LaureateService;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * HTTP caching of the public showcase and the open data: an ETag on every answer (a browser that
 * already has the page gets 304 Not Modified), a short Cache-Control for anonymous visitors, and the
 * rendered answers kept in memory for them (see {@link ShowcaseResponseCache}). Pages seen by a
 * signed-in person keep Spring Security's no-store, since their header names that person.
 */
@Configuration(proxyBeanMethods = false)
class ShowcaseHttpCaching implements WebMvcConfigurer {

	static final List<String> SHOWCASE_PATHS = List.of("/", "/laureats", "/laureats/**", "/regions", "/regions/**",
			"/candidater", "/donnees", "/donnees/**", "/api/v1/**", "/sitemap.xml", "/robots.txt", "/mentions-legales",
			"/accessibilite", "/donnees-personnelles", "/contact");

	static final List<String> LEGAL_PAGES = List.of("/mentions-legales", "/accessibilite", "/donnees-personnelles",
			"/contact");

	static final String SHORT_CACHE = "public, max-age=60";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (request.getUserPrincipal() == null) {
					response.setHeader(HttpHeaders.CACHE_CONTROL, SHORT_CACHE);
				}
				return true;
			}
		}).addPathPatterns(SHOWCASE_PATHS);
	}

	/** Runs after Spring Security (order -100), so that it knows who is signed in and security headers apply. */
	@Bean
	FilterRegistrationBean<ShowcaseResponseCache> showcaseResponseCache(LaureateService laureates,
			LocaleResolver localeResolver, Clock clock) {
		FilterRegistrationBean<ShowcaseResponseCache> registration = new FilterRegistrationBean<>(
				new ShowcaseResponseCache(laureates, localeResolver, clock));
		registration.addUrlPatterns("/*");
		registration.setName("showcaseResponseCache");
		registration.setOrder(0);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> showcaseEtags() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !"GET".equals(request.getMethod()) || !isShowcase(request.getRequestURI());
			}
		};
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/*");
		registration.setName("showcaseEtags");
		registration.setOrder(1);
		return registration;
	}

	static boolean isShowcase(String path) {
		return path.equals("/") || path.equals("/laureats") || path.startsWith("/laureats/") || path.equals("/regions")
				|| path.startsWith("/regions/") || path.equals("/candidater") || path.equals("/donnees")
				|| path.startsWith("/donnees/") || path.startsWith("/api/v1/") || path.equals("/sitemap.xml")
				|| path.equals("/robots.txt") || LEGAL_PAGES.contains(path);
	}

}
