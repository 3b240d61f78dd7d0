package fr.apec.novapec.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's one clock, on Paris time: code that depends on today's date (the current programme year, an
 * example date that must not be in the past) asks it rather than the system, so a test can fix the day.
 */
@Configuration(proxyBeanMethods = false)
class Clocks {

	@Bean
	Clock clock() {
		return Clock.system(Formats.PARIS);
	}

}
