package fr.apec.novapec.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import fr.apec.novapec.organisation.TestOrganisations;
import fr.apec.novapec.support.PlainBrowser;
import fr.apec.novapec.support.WebServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error pages as a browser gets them from the real servlet container (MockMvc does not forward
 * errors to /error): French, in the layout, without stack trace or exception text.
 */
@WebServerTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestOrganisations test;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void anUnknownAddressGetsTheFrenchNotFoundPage() throws Exception {
		HttpResponse<String> response = get("/page-qui-n-existe-pas");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<html lang=\"fr\"")
			.contains("Page introuvable")
			.contains("id=\"contenu\"")
			.doesNotContain("Whitelabel");
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void aFailureGetsTheFrenchErrorPageWithoutStackTraceOrExceptionMessage() throws Exception {
		HttpResponse<String> response = get("/test/panne");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Une erreur technique est survenue")
			.doesNotContain("IllegalStateException")
			.doesNotContain("secret interne")
			.doesNotContain("at fr.apec");
	}

	@Test
	void aFailureAskedForAsJsonRevealsNothingEither() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/test/panne"))
					.header("Accept", "application/json")
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).doesNotContain("secret interne").doesNotContain("trace");
	}

	@Test
	void anApplicantOnGestionGetsTheFrenchAccessDeniedPage() throws Exception {
		PlainBrowser browser = new PlainBrowser(this.port).logIn(this.test.newApplicant("Camille"),
				TestOrganisations.PASSWORD);
		HttpResponse<String> response = browser.get("/gestion");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Accès refusé").contains("<html lang=\"fr\"");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml")
			.header("Accept-Language", "fr-FR,fr;q=0.9");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FailingPage {

		@Bean
		FailingController failingController() {
			return new FailingController();
		}

	}

	@RestController
	static class FailingController {

		@GetMapping("/test/panne")
		String fail() {
			throw new IllegalStateException("secret interne");
		}

	}

}
