package fr.apec.novapec.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.apec.novapec.organisation.TestOrganisations;
import fr.apec.novapec.support.RawHttp;
import fr.apec.novapec.support.RawHttp.Answer;
import fr.apec.novapec.support.WebServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no trusted proxy (the default), what a client says about itself changes nothing: a forged
 * X-Forwarded-For is not its address, a forged X-Forwarded-Proto does not make it HTTPS, and no Host
 * header ever finds its way into a redirect.
 */
@WebServerTest
class UntrustedProxyHeadersTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestOrganisations test;

	@Test
	void aForgedForwardedForFromAClientThatIsNotATrustedProxyChangesNothing() throws Exception {
		String recorded = ProxyHeadersTests.clientRecordedFor(this.port, this.jdbc, "X-Forwarded-For: 198.51.100.77");
		assertThat(recorded).isEqualTo("127.0.0.1");
	}

	@Test
	void theHostHeaderOfARequestIsNeverReflectedIntoARedirect() throws Exception {
		for (String path : new String[] { "/espace", "/gestion", "/compte", "/espace/candidatures/1" }) {
			Answer answer = RawHttp.get(this.port, path, "Host: evil.example", "X-Forwarded-Host: evil.example",
					"X-Forwarded-Proto: https");
			assertThat(answer.status()).as(path).isEqualTo(302);
			assertThat(answer.header("Location")).as(path).hasValue("/connexion");
			assertThat(answer.headers("Strict-Transport-Security")).as("a forged https is not https").isEmpty();
		}
	}

	@Test
	void afterLoginThePageThatAskedForItComesBackAsAPathWhateverHostItWasAskedWith() throws Exception {
		String member = this.test.newApplicant("Hôte Inconnu");
		Answer asked = RawHttp.get(this.port, "/compte", "Host: evil.example");
		String cookie = asked.header("Set-Cookie").orElseThrow().split(";")[0];
		Answer form = RawHttp.get(this.port, "/connexion", "Host: evil.example", "Cookie: " + cookie);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(token.find()).isTrue();
		byte[] body = ("email=" + URLEncoder.encode(member, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestOrganisations.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
		Answer login = RawHttp.send(this.port, List.of("POST /connexion HTTP/1.1", "Host: evil.example",
				"Cookie: " + cookie, "Content-Type: application/x-www-form-urlencoded", "Content-Length: " + body.length),
				body);
		assertThat(login.status()).isEqualTo(302);
		assertThat(login.header("Location")).hasValueSatisfying((to) -> assertThat(to).startsWith("/compte")
			.doesNotContain("evil"));
	}

}
