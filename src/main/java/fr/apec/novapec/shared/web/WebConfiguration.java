package fr.apec.novapec.shared.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** French first: French unless the browser asks for English. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	static final Locale FRENCH = Locale.FRANCE;

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(List.of(FRENCH, Locale.FRENCH, Locale.ENGLISH));
		resolver.setDefaultLocale(FRENCH);
		return resolver;
	}

}
