package fr.apec.novapec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.selection.CallChanges;
import fr.apec.novapec.selection.CallSettings;
import fr.apec.novapec.selection.RoundChanges;
import fr.apec.novapec.selection.RoundSummary;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * What an attacker types instead of what a form asks: page numbers at the limits of an int and beyond,
 * negative ones, NUL and other control characters, a list index past what a list can hold, very long text.
 * Every public route with every parameter, and every form of the applicant's and the staff's pages with each
 * of its fields in turn (the rest of the form as the page gives it), answer something other than a 500:
 * a page, a 400, the form again with a message.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTests {

	/** Values for a parameter or a field, each sent alone. */
	static final List<String> BAD_VALUES = List.of("2147483647", "2147483648", "-2147483648", "-1",
			"99999999999999999999999999", "a\u0000b", "\u0001\u001b[31m\u202e", "x".repeat(5_000), "2026-02-30",
			"1.500");

	static final List<String> PUBLIC_ROUTES = List.of("/", "/candidater", "/laureats", "/regions", "/regions/11",
			"/regions/99", "/donnees", "/donnees/laureats.csv", "/donnees/laureats.json", "/api/v1/laureats",
			"/sitemap.xml", "/robots.txt", "/connexion", "/inscription", "/inscription/confirmer",
			"/inscription/renvoyer", "/mot-de-passe-oublie", "/mot-de-passe/nouveau", "/compte/email/confirmer");

	static final List<String> PARAMETERS = List.of("page", "taille", "q", "region", "theme", "public", "annee",
			"jeton", "statut");

	/** Path segments an address may end with in place of a slug or a code. */
	static final List<String> BAD_SEGMENTS = List.of("%00", "%01", "2147483648", "-1", "..%2F..%2Fetc", "%E2%80%AE");

	private static final Pattern LIST_FIELD = Pattern.compile("(\\w+)\\[\\d+\\](.*)");

	@Autowired
	SelectionService selection;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApplications applications;

	@Autowired
	JdbcClient jdbc;

	TestApplications.Draft draft;

	TestApplications.Draft submitted;

	String slug;

	@BeforeAll
	void anApplicantWithADraftAndAnApplicationSubmitted() {
		this.draft = this.applications.newCompleteDraft("Entrées malveillantes");
		this.submitted = this.applications.newSubmittedInRound("Entrées malveillantes déposées");
		this.slug = this.jdbc.sql("select slug from laureate_project where published order by id limit 1")
			.query(String.class)
			.single();
	}

	@ParameterizedTest
	@MethodSource("publicRoutes")
	void noPublicRouteAnswers500WhateverItsParameters(String route) throws Exception {
		List<String> failures = new ArrayList<>();
		for (String parameter : PARAMETERS) {
			for (String value : BAD_VALUES) {
				for (boolean htmx : route.startsWith("/laureats") ? new boolean[] { false, true } : new boolean[] { false }) {
					MockHttpServletRequestBuilder request = get(route).param(parameter, value);
					if (htmx) {
						request.header("HX-Request", "true");
					}
					check(request, route + "?" + parameter + "=" + shown(value) + (htmx ? " (htmx)" : ""), failures);
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void noAddressEndingInABadSegmentAnswers500() throws Exception {
		List<String> failures = new ArrayList<>();
		for (String prefix : List.of("/laureats/", "/regions/", "/espace/candidatures/", "/gestion/candidatures/",
				"/espace/organisation/")) {
			for (String segment : BAD_SEGMENTS) {
				check(get(java.net.URI.create(prefix + segment)).with(applicant()), prefix + segment, failures);
				check(get(java.net.URI.create(prefix + segment)).with(staff()), prefix + segment + " (staff)", failures);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void noPublicFormAnswers500WhateverIsTypedInAField() throws Exception {
		List<String> failures = new ArrayList<>();
		for (String page : List.of("/connexion", "/inscription", "/mot-de-passe-oublie", "/inscription/renvoyer")) {
			everyFieldOfEveryForm(page, null, failures);
		}
		assertThat(failures).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("applicantPages")
	void noApplicantFormAnswers500WhateverIsTypedInAField(String page) throws Exception {
		List<String> failures = new ArrayList<>();
		RequestPostProcessor member = page.contains("{submitted}") ? user(this.submitted.member()).roles("APPLICANT")
				: applicant();
		everyFieldOfEveryForm(page.replace("{draft}", String.valueOf(this.draft.id()))
			.replace("{organisation}", String.valueOf(this.draft.organisationId()))
			.replace("{submitted}", String.valueOf(this.submitted.id())), member, failures);
		assertThat(failures).isEmpty();
	}

	@Test
	void noStaffFormAnswers500WhateverIsTypedInAField() throws Exception {
		List<String> failures = new ArrayList<>();
		everyFieldOfEveryForm("/gestion/candidatures/" + this.submitted.id(), staff(), failures);
		for (String parameter : List.of("statut", "page")) {
			for (String value : BAD_VALUES) {
				check(get("/gestion/candidatures").param(parameter, value).with(staff()),
						"/gestion/candidatures?" + parameter + "=" + shown(value), failures);
			}
		}
		assertThat(failures).isEmpty();
	}

	/**
	 * The administrator's forms of the call and of a round: some of these posts are valid and change the call
	 * or the December 2024 round (the first one; later ones are stale), so both are put back afterwards.
	 */
	@Test
	void noCallAdministrationFormAnswers500WhateverIsTypedInAField() throws Exception {
		CallSettings call = this.selection.novapecCall();
		long december = this.selection.nextRound(call.id(), java.time.LocalDate.of(2024, 1, 1)).orElseThrow().id();
		RoundSummary round = this.selection.round(december).orElseThrow();
		List<String> failures = new ArrayList<>();
		try {
			everyFieldOfEveryForm("/gestion/appel", staff(), failures);
			everyFieldOfEveryForm("/gestion/appel/tours/" + december, staff(), failures);
		}
		finally {
			String admin = IntegrationTest.ADMIN_EMAIL;
			Acting.asAdmin(admin, () -> {
				this.selection.updateCall(call.id(), SignedIn.as(admin), new CallChanges(call.title(), call.rules(),
						call.opensOn(), call.closesOn(), call.maxAmount(), call.themeCodes(), call.publicCodes(),
						call.requiredDocuments(), call.interimReportMonths(), call.finalReportDue()),
						this.selection.novapecCall().version());
				this.selection.updateRound(december, SignedIn.as(admin), new RoundChanges(round.label(),
						round.submissionDeadline(), round.committeeDate()), this.selection.roundForAdmin(december).version());
			});
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void aShowcasePageThatFailsIsNeverStoredByACache() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 500))
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Cache-Control")).doesNotContain("public");
	}

	Stream<String> publicRoutes() {
		return Stream.concat(PUBLIC_ROUTES.stream(), Stream.of("/laureats/" + this.slug));
	}

	static Stream<String> applicantPages() {
		return Stream.of("/espace/candidatures/nouvelle", "/espace/candidatures/{draft}/projet",
				"/espace/candidatures/{draft}/themes-et-publics", "/espace/candidatures/{draft}/territoires",
				"/espace/candidatures/{draft}/beneficiaires-et-calendrier", "/espace/candidatures/{draft}/budget",
				"/espace/candidatures/{draft}/indicateurs", "/espace/candidatures/{draft}/partenaires",
				"/espace/candidatures/{draft}/documents", "/espace/candidatures/{submitted}",
				"/espace/organisation/nouvelle", "/espace/organisation/{organisation}/modifier",
				"/espace/organisation/{organisation}/membres", "/espace/organisation/{organisation}/documents",
				"/compte");
	}

	/**
	 * Posts each form of the page (but logging out, leaving, withdrawing, deleting and submitting) once per
	 * field and bad value, the other fields as the page gives them; list fields also at indexes no list holds.
	 */
	private void everyFieldOfEveryForm(String page, RequestPostProcessor who, List<String> failures) throws Exception {
		MockHttpServletRequestBuilder show = get(page);
		if (who != null) {
			show.with(who);
		}
		String html = this.mvc.perform(show).andReturn().getResponse().getContentAsString();
		assertThat(html).as(page).contains("<form");
		for (Element element : Jsoup.parse(html, "http://localhost").select("form[method=post]")) {
			FormElement form = (FormElement) element;
			String action = form.attr("action");
			if (action.isBlank() || action.matches(".*/(deconnexion|quitter|retirer|supprimer|deposer)$")) {
				continue;
			}
			Map<String, List<String>> data = new LinkedHashMap<>();
			form.formData().stream()
				.filter((field) -> !field.key().equals("_csrf"))
				.forEach((field) -> data.computeIfAbsent(field.key(), (k) -> new ArrayList<>()).add(field.value()));
			for (String field : List.copyOf(data.keySet())) {
				for (String value : BAD_VALUES) {
					Map<String, List<String>> typed = new LinkedHashMap<>(data);
					typed.put(field, List.of(value));
					check(posted(action, typed, who), page + " → " + action + " " + field + "=" + shown(value), failures);
				}
				Matcher list = LIST_FIELD.matcher(field);
				if (list.matches()) {
					for (String index : List.of("300", "-1", "2147483648", "99999999999999999999")) {
						Map<String, List<String>> typed = new LinkedHashMap<>(data);
						String beyond = list.group(1) + "[" + index + "]" + list.group(2);
						typed.put(beyond, List.of("x"));
						check(posted(action, typed, who), page + " → " + action + " " + beyond, failures);
					}
				}
			}
		}
	}

	private MockHttpServletRequestBuilder posted(String action, Map<String, List<String>> fields, RequestPostProcessor who) {
		MockHttpServletRequestBuilder request = post(java.net.URI.create(action)).with(csrf());
		if (who != null) {
			request.with(who);
		}
		fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return request;
	}

	private void check(MockHttpServletRequestBuilder request, String what, List<String> failures) {
		try {
			int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
			if (status >= 500) {
				failures.add(status + " " + what);
			}
		}
		catch (Exception ex) {
			failures.add("exception " + ex + " " + what);
		}
	}

	private RequestPostProcessor applicant() {
		return user(this.draft.member()).roles("APPLICANT");
	}

	private static RequestPostProcessor staff() {
		return user(IntegrationTest.ADMIN_EMAIL).roles("ADMIN");
	}

	private static String shown(String value) {
		String shown = value.length() > 20 ? value.substring(0, 10) + "…(" + value.length() + ")" : value;
		StringBuilder visible = new StringBuilder();
		shown.codePoints().forEach((c) -> visible.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
				? String.format("\\u%04X", c) : Character.toString(c)));
		return visible.toString();
	}

}
