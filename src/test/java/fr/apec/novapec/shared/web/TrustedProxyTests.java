package fr.apec.novapec.shared.web;

import fr.apec.novapec.support.RawHttp;
import fr.apec.novapec.support.RawHttp.Answer;
import fr.apec.novapec.support.TestDatabase;
import fr.apec.novapec.support.TestMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind HTTPS and a trusted reverse proxy (NOVAPEC_HTTPS=true, NOVAPEC_TRUSTED_PROXIES naming the proxy, here
 * the loopback): the proxy's X-Forwarded-For is the client's address, its X-Forwarded-Proto makes the request
 * secure, every answer carries Strict-Transport-Security, the session cookie is Secure, and redirects stay
 * relative whatever Host the request names.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "novapec.mail.send-interval=1h", "NOVAPEC_HTTPS=true",
				"NOVAPEC_TRUSTED_PROXIES=127.0.0.1, ::1" })
@ContextConfiguration(initializers = { TestDatabase.class, TestMail.class })
class TrustedProxyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theClientAddressIsTheOneTheTrustedProxyForwards() throws Exception {
		assertThat(ProxyHeadersTests.clientRecordedFor(this.port, this.jdbc, "X-Forwarded-For: 198.51.100.78"))
			.isEqualTo("198.51.100.78");
		assertThat(ProxyHeadersTests.clientRecordedFor(this.port, this.jdbc,
				"X-Forwarded-For: 203.0.113.9, 198.51.100.79")).as("the address the proxy saw, not what the client wrote")
			.isEqualTo("198.51.100.79");
	}

	@Test
	void behindHttpsEveryAnswerCarriesHstsAndASecureSessionCookie() throws Exception {
		for (String proto : new String[] { "X-Forwarded-Proto: https", "X-Forwarded-Proto: http" }) {
			Answer page = RawHttp.get(this.port, "/connexion", proto);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.header("Strict-Transport-Security")).as(proto)
				.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
			assertThat(page.header("Set-Cookie")).as(proto)
				.hasValueSatisfying((cookie) -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
		}
	}

	@Test
	void redirectsStayRelativeWhateverHostTheRequestNames() throws Exception {
		Answer answer = RawHttp.get(this.port, "/espace", "Host: evil.example", "X-Forwarded-Proto: https",
				"X-Forwarded-Host: evil.example");
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.header("Location")).hasValue("/connexion");
	}

}
