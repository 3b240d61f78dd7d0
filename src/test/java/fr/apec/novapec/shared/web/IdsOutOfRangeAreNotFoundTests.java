package fr.apec.novapec.shared.web;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;

import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.support.IntegrationTest;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An id in the address that is too large for Java, not a number or negative answers exactly as an id that
 * exists nowhere: 404 and the "page not found" page, on every route that takes an id, public, applicant's and
 * staff's, whoever asks, never a 400 and never a stack trace.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdsOutOfRangeAreNotFoundTests {

	/** Ids no route can name; the last is a long that names nothing, the 404 the others must look like. */
	static final List<String> IMPOSSIBLE_IDS = List.of("99999999999999999999", "abc", "-1", "99999999999999");

	/** Each route with {x} where the id goes; {app} and {org} are a real application and its organisation. */
	static final List<String> APPLICANT_ROUTES = List.of("GET /espace/candidatures/{x}",
			"GET /espace/candidatures/{x}/pdf", "GET /espace/candidatures/{x}/projet",
			"GET /espace/candidatures/{x}/territoires", "GET /espace/candidatures/{x}/verification",
			"GET /espace/candidatures/{x}/retirer", "GET /espace/candidatures/{x}/messages",
			"GET /espace/candidatures/{app}/messages/{x}/fichiers/{x}", "GET /espace/candidatures/{x}/rapports/final",
			"POST /espace/candidatures/{x}/projet", "POST /espace/candidatures/{x}/deposer",
			"GET /espace/organisation/{x}", "GET /espace/organisation/{x}/modifier",
			"GET /espace/organisation/{x}/membres", "GET /espace/organisation/{x}/documents",
			"GET /espace/organisation/{org}/documents/{x}", "GET /espace/organisation/{org}/documents/{x}/supprimer",
			"POST /espace/organisation/{org}/demandes/{x}/accepter", "POST /espace/organisation/{x}/quitter");

	static final List<String> STAFF_ROUTES = List.of("GET /gestion/candidatures/{x}",
			"GET /gestion/candidatures/{x}/pdf", "GET /gestion/candidatures/{x}/messages",
			"GET /gestion/candidatures/{app}/documents/{x}", "GET /gestion/candidatures/{app}/messages/{x}/fichiers/{x}",
			"POST /gestion/candidatures/{x}/instruction", "GET /gestion/rapports/{x}",
			"GET /gestion/rapports/{x}/documents/{x}", "POST /gestion/rapports/{x}/approuver");

	static final List<String> PUBLIC_ROUTES = List.of("GET /laureats/{x}", "GET /regions/{x}");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApplications applications;

	TestApplications.Draft submitted;

	@BeforeAll
	void anApplicantWithASubmittedApplication() {
		this.submitted = this.applications.newSubmittedInRound("Identifiants impossibles");
	}

	@ParameterizedTest(name = "{0} with {1}")
	@MethodSource("routesAndIds")
	void anIdNoRouteCanNameIsTheNotFoundPage(String route, String id) throws Exception {
		String[] methodAndPath = route.split(" ");
		String path = methodAndPath[1].replace("{x}", id)
			.replace("{app}", String.valueOf(this.submitted.id()))
			.replace("{org}", String.valueOf(this.submitted.organisationId()));
		RequestPostProcessor who = who(path);
		MockHttpServletRequestBuilder request = methodAndPath[0].equals("POST")
				? post(URI.create(path)).with(csrf()) : get(URI.create(path));
		if (who != null) {
			request.with(who);
		}
		MockHttpServletResponse response = this.mvc.perform(request.accept(MediaType.TEXT_HTML)).andReturn().getResponse();

		assertThat(response.getStatus()).as(path).isEqualTo(404);
		// Nothing written by the page itself: the servlet container shows its error page for the 404...
		assertThat(response.getContentAsString()).as(path).isEmpty();
		// ...which is the portal's "page not found", as for any unknown address (MockMvc does not forward to it).
		MockHttpServletRequestBuilder errorPage = get("/error").accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, response.getStatus())
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path)
			.requestAttr(RequestDispatcher.ERROR_MESSAGE, String.valueOf(response.getErrorMessage()));
		if (who != null) {
			errorPage.with(who);
		}
		assertThat(this.mvc.perform(errorPage).andReturn().getResponse().getContentAsString()).as(path)
			.contains("Page introuvable")
			.doesNotContain("Exception")
			.doesNotContain("at fr.apec")
			.doesNotContain("Whitelabel");
	}

	Stream<Arguments> routesAndIds() {
		return Stream.of(PUBLIC_ROUTES, APPLICANT_ROUTES, STAFF_ROUTES)
			.flatMap(List::stream)
			.flatMap((route) -> IMPOSSIBLE_IDS.stream().map((id) -> Arguments.of(route, id)));
	}

	private RequestPostProcessor who(String path) {
		if (path.startsWith("/espace/")) {
			return user(this.submitted.member()).roles("APPLICANT");
		}
		if (path.startsWith("/gestion/")) {
			return user(IntegrationTest.ADMIN_EMAIL).roles("ADMIN");
		}
		return null;
	}

}
