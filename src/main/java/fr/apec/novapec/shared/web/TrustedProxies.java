package fr.apec.novapec.shared.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto Tomcat believes (server.forward-headers-strategy
 * is native): the addresses or CIDR blocks of {@code novapec.trusted-proxies} (NOVAPEC_TRUSTED_PROXIES), none by
 * default. Tomcat reads a list without a "/" as a regular expression, so each plain address is written here as
 * the block of that one address (/32 or /128), and "10.0.0.5, 10.1.0.0/16" means what it says.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

	private final String proxies;

	TrustedProxies(@Value("${novapec.trusted-proxies:}") String proxies) {
		this.proxies = proxies;
	}

	@Override
	public int getOrder() {
		// After Spring Boot's own customizer, which adds the valve.
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(TomcatWebServerFactory factory) {
		factory.getEngineValves()
			.stream()
			.filter(RemoteIpValve.class::isInstance)
			.map(RemoteIpValve.class::cast)
			.forEach((valve) -> {
				valve.setInternalProxies(asBlocks(this.proxies));
				valve.setTrustedProxies(null);
			});
	}

	/** "10.0.0.5, 10.1.0.0/16 ::1" as "10.0.0.5/32, 10.1.0.0/16, ::1/128"; nothing for nothing. */
	static String asBlocks(String proxies) {
		return Arrays.stream(proxies.split("[,\\s]+"))
			.filter((proxy) -> !proxy.isBlank())
			.map((proxy) -> proxy.contains("/") ? proxy : proxy + (proxy.contains(":") ? "/128" : "/32"))
			.collect(Collectors.joining(", "));
	}

}
