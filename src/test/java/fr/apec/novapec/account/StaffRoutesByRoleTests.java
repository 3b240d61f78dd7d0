package fr.apec.novapec.account;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.apec.novapec.application.ApplicationMessages;
import fr.apec.novapec.application.ApplicationStatus;
import fr.apec.novapec.application.Applications;
import fr.apec.novapec.application.MessageUpload;
import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.budget.TestAwards;
import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.organisation.TestFiles;
import fr.apec.novapec.review.ReviewAssignments;
import fr.apec.novapec.review.ReviewerWorkspace;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every route under /gestion, read from Spring MVC's own mappings (a route added later is tried too, and
 * fails this test until it has a row in {@link #EXPECTED}), tried with real ids by each of five people: a
 * member of the application's organisation, its assigned reviewer (no conflict declared), staff of another
 * region's team (11), staff of the lead region's team (76) and an administrator. Each answers as the table
 * says: allowed (2xx, or 3xx elsewhere than the login page), 403, or 404; never a 500. The table of answers
 * is written to target/gestion-routes-by-role.md.
 */
@IntegrationTest
class StaffRoutesByRoleTests {

	@org.junit.jupiter.api.AfterEach
	void forgetPublishedLaureates(@Autowired JdbcClient laureatesJdbc) {
		fr.apec.novapec.support.Rounds.forgetPublishedLaureates(laureatesJdbc);
	}

	/** Who tries the routes, in the order of the table's columns. */
	enum Who {

		APPLICANT, REVIEWER, STAFF_OTHER_REGION, STAFF_LEAD_REGION, ADMIN

	}

	/** The class of an answer. */
	enum Answer {

		ALLOWED, FORBIDDEN, NOT_FOUND, LOGIN, OTHER;

		static Answer of(MockHttpServletResponse response) {
			int status = response.getStatus();
			if (status == 403) {
				return FORBIDDEN;
			}
			if (status == 404) {
				return NOT_FOUND;
			}
			if (status >= 300 && status < 400) {
				String location = response.getRedirectedUrl();
				return (location != null && location.contains("/connexion")) ? LOGIN : ALLOWED;
			}
			return (status >= 200 && status < 300) ? ALLOWED : OTHER;
		}

		String cell() {
			return switch (this) {
				case ALLOWED -> "allowed";
				case FORBIDDEN -> "403";
				case NOT_FOUND -> "404";
				case LOGIN -> "login";
				case OTHER -> "other";
			};
		}

	}

	static final Answer A = Answer.ALLOWED;

	static final Answer F = Answer.FORBIDDEN;

	/**
	 * What each route answers to each person, columns in the order of {@link Who}. Rules (account
	 * SecurityConfiguration and the services): the call and the team are for administrators alone; the
	 * applications, the laureate reports, the journal and the committees for staff and administrators; the reviewer's pages
	 * for reviewers; the dashboard for every staff role; an applicant is refused everywhere; deciding the
	 * eligibility (taking into review, declaring not eligible) is for the lead region's team and
	 * administrators.
	 */
	static final Map<String, List<Answer>> EXPECTED = new LinkedHashMap<>();

	static {
		row("GET /gestion", F, A, A, A, A);
		// The call, its rounds and its scoring grid: administrators.
		for (String route : List.of("GET /gestion/appel", "POST /gestion/appel", "POST /gestion/appel/tours",
				"GET /gestion/appel/tours/{roundId}", "POST /gestion/appel/tours/{roundId}",
				"POST /gestion/appel/tours/{roundId}/supprimer", "GET /gestion/appel/grille",
				"POST /gestion/appel/grille")) {
			row(route, F, F, F, F, A);
		}
		// The staff team and its accounts: administrators.
		for (String route : List.of("GET /gestion/equipe", "POST /gestion/equipe/invitations", "GET /gestion/equipe/{id}",
				"POST /gestion/equipe/{id}", "POST /gestion/equipe/{id}/desactiver", "POST /gestion/equipe/{id}/reactiver",
				"POST /gestion/equipe/{id}/invitation")) {
			row(route, F, F, F, F, A);
		}
		// Applications: staff of every region and administrators...
		for (String route : List.of("GET /gestion/candidatures", "GET /gestion/candidatures/{id}",
				"POST /gestion/candidatures/{id}/notes", "POST /gestion/candidatures/{id}/messages",
				"GET /gestion/candidatures/{id}/messages",
				"GET /gestion/candidatures/{id}/messages/{messageId}/fichiers/{fileId}",
				"GET /gestion/candidatures/{id}/pdf", "GET /gestion/candidatures/{id}/documents/{documentId}",
				"POST /gestion/candidatures/{id}/renvoi", "POST /gestion/candidatures/{id}/avis",
				"GET /gestion/candidatures/{id}/evaluation", "POST /gestion/candidatures/{id}/evaluation/affectations",
				"POST /gestion/candidatures/{id}/evaluation/affectations/{assignmentId}/retrait",
				"GET /gestion/candidatures/export.xlsx", "GET /gestion/candidatures/export.csv",
				"GET /gestion/candidatures/{id}/dossier.zip")) {
			row(route, F, F, A, A, A);
		}
		// ... but the eligibility is decided by the lead region's team (or an administrator).
		row("POST /gestion/candidatures/{id}/instruction", F, F, F, A, A);
		row("POST /gestion/candidatures/{id}/non-eligible", F, F, F, A, A);
		// Laureate reports and the audit journal: staff and administrators.
		for (String route : List.of("GET /gestion/rapports", "GET /gestion/rapports/{reportId}",
				"POST /gestion/rapports/{reportId}/approuver", "POST /gestion/rapports/{reportId}/renvoyer",
				"GET /gestion/rapports/{reportId}/documents/{documentId}", "GET /gestion/journal")) {
			row(route, F, F, A, A, A);
		}
		// The rounds and their committees (deciding included): staff and administrators, never a reviewer.
		for (String route : List.of("GET /gestion/sessions", "GET /gestion/sessions/{roundId}",
				"GET /gestion/sessions/{roundId}/comite", "POST /gestion/sessions/{roundId}/comite/budget",
				"POST /gestion/sessions/{roundId}/comite", "GET /gestion/sessions/{roundId}/publication",
				"POST /gestion/sessions/{roundId}/publication", "GET /gestion/sessions/{roundId}/proces-verbal.pdf")) {
			row(route, F, F, A, A, A);
		}
		// The budget: staff and administrators read it and pay tranches; administrators alone change it.
		for (String route : List.of("GET /gestion/budget", "GET /gestion/budget/{year}", "GET /gestion/budget/budget.xlsx",
				"POST /gestion/budget/tranches/{trancheId}/payer")) {
			row(route, F, F, A, A, A);
		}
		for (String route : List.of("POST /gestion/budget/annees", "POST /gestion/budget/{year}/montant",
				"POST /gestion/budget/{year}/enveloppes")) {
			row(route, F, F, F, F, A);
		}
		// The reviewer's own pages: reviewers.
		for (String route : List.of("GET /gestion/evaluations", "GET /gestion/evaluations/{id}",
				"POST /gestion/evaluations/{id}/declaration", "POST /gestion/evaluations/{id}/notes",
				"GET /gestion/evaluations/{id}/notes")) {
			row(route, F, A, F, F, F);
		}
	}

	private static void row(String route, Answer... answers) {
		assertThat(answers).hasSize(Who.values().length);
		assertThat(EXPECTED.put(route, List.of(answers))).as("one row for " + route).isNull();
	}

	/**
	 * The fields a POST carries: empty or minimal, except what makes a refusal come from authorisation and
	 * not from a form error (the reason of « not eligible » is checked before the service decides who may).
	 */
	static final Map<String, Map<String, String>> PARAMS = Map.of("POST /gestion/candidatures/{id}/non-eligible",
			Map.of("ineligibleReason", "Hors du champ de l'appel."));

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	TestApplications test;

	@Autowired
	Applications applications;

	@Autowired
	ApplicationMessages messages;

	@Autowired
	ReviewAssignments assignments;

	@Autowired
	ReviewerWorkspace workspace;

	@Autowired
	AccountService accounts;

	@Autowired
	StaffAdministration team;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAwards awards;

	@Test
	void everyRouteOfGestionAnswersEachRoleAsTheTableSays() throws Exception {
		List<Route> routes = routes();
		List<String> mismatches = new ArrayList<>();
		for (Route route : routes) {
			if (!EXPECTED.containsKey(route.key())) {
				mismatches.add(route.key() + ": no row in EXPECTED, add one");
			}
		}
		for (String key : EXPECTED.keySet()) {
			if (routes.stream().noneMatch((route) -> route.key().equals(key))) {
				mismatches.add(key + ": in EXPECTED but no such route");
			}
		}
		String otherRegion = this.test.newStaffOfRegions("Équipe Île-de-France", "11");
		String leadRegion = this.test.newStaffOfRegions("Équipe Occitanie", "76");
		Map<String, Map<Who, Answer>> answers = new TreeMap<>();
		// Each person works on a world of its own, so that what one does (an assignment withdrawn, an account
		// deactivated) changes nothing for the next one.
		for (Who who : Who.values()) {
			World world = newWorld(who.name());
			RequestPostProcessor principal = switch (who) {
				case APPLICANT -> user(world.applicant()).roles("APPLICANT");
				case REVIEWER -> user(world.reviewer()).roles("REVIEWER");
				case STAFF_OTHER_REGION -> user(otherRegion).roles("STAFF");
				case STAFF_LEAD_REGION -> user(leadRegion).roles("STAFF");
				case ADMIN -> user(IntegrationTest.ADMIN_EMAIL).roles("ADMIN");
			};
			for (Route route : routes) {
				MockHttpServletRequestBuilder request = (route.method() == RequestMethod.GET)
						? get(fill(route.pattern(), world.values()))
						: post(fill(route.pattern(), world.values())).with(csrf());
				PARAMS.getOrDefault(route.key(), Map.of()).forEach(request::param);
				MockHttpServletResponse response = this.mvc.perform(request.with(principal)).andReturn().getResponse();
				Answer answer = Answer.of(response);
				answers.computeIfAbsent(route.key(), (k) -> new EnumMap<>(Who.class)).put(who, answer);
				List<Answer> expected = EXPECTED.get(route.key());
				if (expected != null && expected.get(who.ordinal()) != answer) {
					mismatches.add(route.key() + " as " + who + ": expected " + expected.get(who.ordinal()) + ", got "
							+ response.getStatus() + ((response.getRedirectedUrl() != null)
									? " → " + response.getRedirectedUrl() : ""));
				}
			}
		}
		String table = table(answers);
		Path report = Path.of("target", "gestion-routes-by-role.md");
		Files.createDirectories(report.getParent());
		Files.writeString(report, table);
		System.out.println(table);
		assertThat(mismatches).as("routes of /gestion answering otherwise than the table says").isEmpty();
		assertThat(routes).as("routes tried").hasSizeGreaterThan(30);
	}

	/** A route of /gestion and a method it answers; its key names the variables without their regex. */
	record Route(RequestMethod method, String pattern) {

		String key() {
			return this.method + " " + this.pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
		}

	}

	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (RequestMappingInfo mapping : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : mapping.getPatternValues()) {
				if (!pattern.equals("/gestion") && !pattern.startsWith("/gestion/")) {
					continue;
				}
				Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
				if (methods.isEmpty()) {
					methods = EnumSet.of(RequestMethod.GET, RequestMethod.POST);
				}
				for (RequestMethod method : methods) {
					routes.add(new Route(method, pattern));
				}
			}
		}
		// Reads first, then the changes, the ones that undo something last.
		routes.sort(java.util.Comparator.comparing((Route route) -> route.method() != RequestMethod.GET)
			.thenComparing((route) -> route.pattern().matches(".*/(retrait|supprimer|desactiver|reactiver)$"))
			.thenComparing(Route::key));
		return routes;
	}

	/**
	 * The ids of one person's world: an application led by Occitanie (76) with a document attached, in review
	 * in the first round, a message of staff with a file, an assigned reviewer who declared no conflict; a
	 * laureate's interim report with a document; a staff account invited and not signed in yet.
	 */
	record World(String applicant, String reviewer, Map<String, String> values) {
	}

	private World newWorld(String name) throws Exception {
		String admin = IntegrationTest.ADMIN_EMAIL;
		TestApplications.Draft draft = this.test.newCompleteDraftWithEverything("Projet des routes " + name);
		this.test.reach(draft, ApplicationStatus.IN_REVIEW);
		long documentId = this.applications.draft(draft.id(), as(draft.member())).documentIds().get(0);
		long roundId = ((Number) this.test.row(draft.id()).get("round_id")).longValue();
		long messageId = Acting.asStaff(admin, () -> this.messages.writeAsStaff(draft.id(), as(admin),
				"Question de l'équipe", new MessageUpload("piece.pdf", TestFiles.pdf())));
		long fileId = this.jdbc.sql("select id from application_message_file where message_id = ?")
			.param(messageId)
			.query(Long.class)
			.single();
		String reviewer = "evaluateur-" + UUID.randomUUID() + "@apec.test";
		this.accounts.createAccount(reviewer, "mot-de-passe-evaluateur", "Évaluateur " + name, EnumSet.of(Role.REVIEWER));
		Acting.asStaff(admin, () -> this.assignments.assign(draft.id(), as(reviewer).id(), as(admin)));
		Acting.as(reviewer, "REVIEWER", () -> {
			this.workspace.declare(draft.id(), as(reviewer), false);
			return null;
		});
		long assignmentId = this.jdbc.sql("select id from review_assignment where application_id = ?")
			.param(draft.id())
			.query(Long.class)
			.single();

		TestApplications.Draft laureate = this.test.newSelected("Lauréat des routes " + name);
		long trancheId = this.awards.award(laureate, 2025, "1000", "emploi", "76").trancheId(1);
		long activityReport = this.test.addDocument(laureate, DocumentKind.ACTIVITY_REPORT, LocalDate.now().plusYears(1));
		this.mvc.perform(post("/espace/candidatures/" + laureate.id() + "/rapports/intermediaire/envoyer")
			.with(user(laureate.member()).roles("APPLICANT"))
			.with(csrf())
			.param("reachedCadres", "30")
			.param("reachedJeunesDiplomes", "12")
			.param("achieved[0]", "28")
			.param("text", "Bilan des routes.")
			.param("documents", String.valueOf(activityReport)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
		long reportId = this.jdbc.sql("select id from laureate_report where application_id = ? and kind = 'INTERIM'")
			.param(laureate.id())
			.query(Long.class)
			.single();

		// A colleague invited to the lead region's team, whose invitation is still pending (it can be sent again).
		String colleague = "invite-" + UUID.randomUUID() + "@apec.test";
		Acting.as(admin, "ADMIN", () -> this.team.invite(as(admin), colleague, Set.of(Role.STAFF), Set.of("76")));
		Map<String, String> values = new java.util.HashMap<>();
		values.put("id", String.valueOf(draft.id()));
		values.put("documentId", String.valueOf(documentId));
		values.put("messageId", String.valueOf(messageId));
		values.put("fileId", String.valueOf(fileId));
		values.put("assignmentId", String.valueOf(assignmentId));
		values.put("roundId", String.valueOf(roundId));
		values.put("reportId", String.valueOf(reportId));
		values.put("reportDocumentId", String.valueOf(activityReport));
		values.put("staffId", String.valueOf(as(colleague).id()));
		// The budget of 2025 (migration V2) and a tranche of the laureate's award, paid by nobody (the form's
		// version is missing, so an allowed click is told the tranche changed).
		values.put("year", "2025");
		values.put("trancheId", String.valueOf(trancheId));
		return new World(draft.member(), reviewer, values);
	}

	/**
	 * The pattern with each variable replaced by its value: {id} is the application except under
	 * /gestion/equipe (a staff account), {documentId} the report's document under /gestion/rapports.
	 */
	private static String fill(String pattern, Map<String, String> values) {
		Matcher matcher = Pattern.compile("\\{(\\w+)(:[^}]*)?}").matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			if (pattern.startsWith("/gestion/equipe/") && name.equals("id")) {
				name = "staffId";
			}
			else if (pattern.startsWith("/gestion/rapports/") && name.equals("documentId")) {
				name = "reportDocumentId";
			}
			String value = values.get(name);
			assertThat(value).as("a value for {" + matcher.group(1) + "} in " + pattern + ": add it to this test")
				.isNotNull();
			matcher.appendReplacement(path, value);
		}
		matcher.appendTail(path);
		return path.toString();
	}

	private static String table(Map<String, Map<Who, Answer>> answers) {
		StringBuilder table = new StringBuilder("| Route | Applicant | Reviewer (assigned) | Staff, other region (11) "
				+ "| Staff, lead region (76) | Admin |\n|---|---|---|---|---|---|\n");
		answers.forEach((route, byWho) -> {
			table.append("| `").append(route).append("` |");
			for (Who who : Who.values()) {
				Answer answer = byWho.get(who);
				table.append(' ').append((answer != null) ? answer.cell() : "").append(" |");
			}
			table.append('\n');
		});
		return table.toString();
	}

}
