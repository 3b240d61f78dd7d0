package fr.apec.novapec.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every MockMvc request of the shared test context comes from a client address of its own (in the
 * 10.0.0.0/8 range), unless the test says which with {@code .with(request -> { request.setRemoteAddr(…);
 * return request; })}: the portal limits requests per client address, and the suite's hundreds of logins
 * are not one client's. The tests of those limits name their client.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DistinctClients {

	private static final AtomicInteger NEXT = new AtomicInteger();

	@Bean
	MockMvcBuilderCustomizer eachRequestFromItsOwnClient() {
		return (builder) -> builder.defaultRequest(MockMvcRequestBuilders.get("/").with((request) -> {
			int n = NEXT.incrementAndGet();
			request.setRemoteAddr("10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff));
			return request;
		}));
	}

}
