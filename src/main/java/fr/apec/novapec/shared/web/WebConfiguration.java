package fr.apec.novapec.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * French first: French unless the browser asks for English. Error pages are never stored by a cache,
 * even when the page that failed was one of the showcase's cacheable ones.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale FRENCH = Locale.FRANCE;

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(List.of(FRENCH, Locale.FRENCH, Locale.ENGLISH));
		resolver.setDefaultLocale(FRENCH);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				return true;
			}
		}).addPathPatterns("/error");
	}

	/**
	 * A form field whose index no list can hold ({@code cities[300].name}, {@code cities[-1].name}) cannot be
	 * bound: the request is malformed, and answered 400 rather than with an error page.
	 */
	@ControllerAdvice
	@Order(Ordered.LOWEST_PRECEDENCE)
	static class MalformedRequestAdvice {

		@ExceptionHandler(InvalidPropertyException.class)
		void malformed(HttpServletResponse response) throws IOException {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
		}

	}

}
