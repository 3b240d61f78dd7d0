package fr.apec.novapec.shared.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.apec.novapec.support.RawHttp;
import fr.apec.novapec.support.RawHttp.Answer;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client sends about itself through proxy headers, for the tests of a portal with and without trusted
 * proxies: a POST of the password-reset form (a limited request, recorded with its client address) carrying
 * forwarding headers, through the real servlet container.
 */
final class ProxyHeadersTests {

	private ProxyHeadersTests() {
	}

	/**
	 * Posts the password-reset form with these extra headers and returns the client address the portal
	 * recorded for it.
	 */
	static String clientRecordedFor(int port, JdbcClient jdbc, String... headers) throws IOException {
		Answer form = RawHttp.get(port, "/mot-de-passe-oublie");
		String cookie = form.header("Set-Cookie").orElseThrow().split(";")[0];
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(token.find()).isTrue();
		String email = "proxy-" + UUID.randomUUID() + "@exemple.fr";
		byte[] body = ("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
		long before = jdbc.sql("select coalesce(max(id), 0) from client_request").query(Long.class).single();
		List<String> head = new java.util.ArrayList<>(List.of("POST /mot-de-passe-oublie HTTP/1.1", "Host: localhost:" + port,
				"Cookie: " + cookie, "Content-Type: application/x-www-form-urlencoded",
				"Content-Length: " + body.length));
		head.addAll(List.of(headers));
		Answer answer = RawHttp.send(port, head, body);
		assertThat(answer.status()).isEqualTo(302);
		return jdbc.sql("select client_address from client_request where id > ? and action = 'password-reset' order by id")
			.param(before)
			.query(String.class)
			.list()
			.get(0);
	}

}
