package fr.apec.novapec.shared.mail;

import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Plain-text mail templates ({@code templates/mail/*.txt}) and the scheduler that empties the outbox. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailConfiguration {

	@Bean
	ClassLoaderTemplateResolver plainTextMailTemplates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setResolvablePatterns(java.util.Set.of("mail/*.txt"));
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setOrder(0);
		resolver.setCheckExistence(true);
		resolver.setCacheable(true);
		return resolver;
	}

}
