package fr.apec.novapec.application;

import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.apec.novapec.organisation.TestFiles;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member of organisation B can neither see nor change organisation A's application: every address that
 * names it answers 404, exactly like an id that does not exist, and nothing changes.
 */
@IntegrationTest
class ApplicationIsolationTests {

	static final List<String> STEPS = List.of("projet", "themes-et-publics", "territoires",
			"beneficiaires-et-calendrier", "budget", "indicateurs", "partenaires", "documents");

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	ApplicationDrafting drafting;

	@Autowired
	ApplicationSubmissions submissions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationMessages messages;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	TestApplications.Draft a;

	TestApplications.Draft b;

	@Autowired
	TestApplications test;

	@BeforeEach
	void twoOrganisations() {
		this.a = this.test.newDraft("Projet secret de A");
		this.b = this.test.newDraft("Projet de B");
	}

	@Test
	void memberOfAnotherOrganisationGets404OnEveryPageOfTheApplication() throws Exception {
		long missing = Long.MAX_VALUE - 1;
		for (String path : paths(this.a.id())) {
			this.mvc.perform(get(path).with(user(this.b.member()).roles("APPLICANT")))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("Projet secret de A"))));
		}
		for (String path : paths(missing)) {
			this.mvc.perform(get(path).with(user(this.b.member()).roles("APPLICANT"))).andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/espace/candidatures/99999999999999999999999").with(user(this.b.member()).roles("APPLICANT")))
			.andExpect(status().isNotFound());
	}

	@Test
	void memberOfAnotherOrganisationGets404OnEverySaveAndNothingChanges() throws Exception {
		Map<String, Object> before = this.test.row(this.a.id());
		for (String step : STEPS) {
			this.mvc.perform(post("/espace/candidatures/" + this.a.id() + "/" + step)
				.with(user(this.b.member()).roles("APPLICANT"))
				.with(csrf())
				.param("title", "Piraté")
				.param("summary", "Piraté")
				.param("theme", "emploi")
				.param("publics", "cadres")
				.param("regions", "11")
				.param("leadRegion", "11")
				.param("plannedCadres", "10")
				.param("durationMonths", "12")
				.param("totalBudget", "1000")
				.param("requestedAmount", "10")).andExpect(status().isNotFound());
		}
		assertThat(this.test.row(this.a.id())).isEqualTo(before);
		ApplicationDraft draft = this.applications.draft(this.a.id(), as(this.a.member()));
		assertThat(draft.publics()).isEmpty();
		assertThat(draft.regions()).isEmpty();
		assertThat(draft.coFunders()).isEmpty();
	}

	@Test
	void theDashboardListsOnlyTheMembersOwnApplications() throws Exception {
		this.mvc.perform(get("/espace/candidatures").with(user(this.b.member()).roles("APPLICANT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Projet de B")))
			.andExpect(content().string(not(containsString("Projet secret de A"))));
	}

	@Test
	void theServiceAnswersNotFoundToAnotherOrganisationsMember() {
		org.assertj.core.api.Assertions.assertThatExceptionOfType(ApplicationNotFoundException.class)
			.isThrownBy(() -> this.applications.draft(this.a.id(), as(this.b.member())));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(ApplicationNotFoundException.class)
			.isThrownBy(() -> this.applications.history(this.a.id(), as(this.b.member())));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(ApplicationNotFoundException.class)
			.isThrownBy(() -> this.drafting.createDraft(as(this.b.member()), this.a.organisationId(), "Intrus"));
	}

	/**
	 * Every address the portal answers under /espace/candidatures/{id}, read from Spring MVC's own
	 * mappings (so that a route added later is tried too), with A's real ids in every variable: A's
	 * application is selected, has a message with a file from staff and a report. B's member gets 404 on
	 * each, with GET and with a multipart POST carrying CSRF and plausible fields, and nothing of A
	 * changes.
	 */
	@Test
	void memberOfAnotherOrganisationGets404OnEveryRouteThatNamesTheApplication() throws Exception {
		TestApplications.Draft selected = this.test.newSelected("Projet lauréat secret de A");
		long messageId = Acting.asStaff(IntegrationTest.ADMIN_EMAIL, () -> this.messages.writeAsStaff(selected.id(), as(IntegrationTest.ADMIN_EMAIL), "Question de l'équipe",
				new MessageUpload("piece.pdf", TestFiles.pdf())));
		long fileId = this.jdbc.sql("select id from application_message_file where message_id = ?")
			.param(messageId)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/espace/candidatures/" + selected.id() + "/rapports/intermediaire")
			.with(user(selected.member()).roles("APPLICANT"))).andExpect(status().isOk());
		Map<String, String> values = Map.of("id", String.valueOf(selected.id()), "messageId", String.valueOf(messageId),
				"fileId", String.valueOf(fileId), "kind", "intermediaire");
		Map<String, Object> before = this.test.row(selected.id());
		String thread = this.messages.thread(selected.id(), as(selected.member())).toString();

		List<String> tried = new java.util.ArrayList<>();
		for (RequestMappingInfo mapping : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : mapping.getPatternValues()) {
				if (!pattern.startsWith("/espace/candidatures/{id")) {
					continue;
				}
				String path = fill(pattern, values);
				Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
				if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
					this.mvc.perform(get(path).with(user(this.b.member()).roles("APPLICANT")))
						.andExpect(status().isNotFound())
						.andExpect(content().string(not(containsString("secret"))));
				}
				if (methods.isEmpty() || methods.contains(RequestMethod.POST)) {
					this.mvc.perform(multipart(path).file(new MockMultipartFile("file", "x.pdf", "application/pdf",
							TestFiles.pdf()))
						.with(user(this.b.member()).roles("APPLICANT"))
						.with(csrf())
						.param("title", "Piraté")
						.param("text", "Piraté")
						.param("reason", "Piraté")
						.param("kind", "STATUTES")
						.param("documents", "1")).andExpect(status().isNotFound());
				}
				tried.add(pattern);
			}
		}
		assertThat(tried).as("routes tried").anyMatch((p) -> p.endsWith("/pdf"))
			.anyMatch((p) -> p.contains("/messages"))
			.anyMatch((p) -> p.contains("/fichiers/"))
			.anyMatch((p) -> p.contains("/rapports/"))
			.anyMatch((p) -> p.endsWith("/retirer"));
		assertThat(this.test.row(selected.id())).isEqualTo(before);
		assertThat(this.messages.thread(selected.id(), as(selected.member())).toString()).isEqualTo(thread);
	}

	/** The pattern with each variable replaced by its value; a variable not known here fails the test. */
	private static String fill(String pattern, Map<String, String> values) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{(\\w+)(:[^}]*)?}").matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			assertThat(value).as("a value for {" + matcher.group(1) + "} in " + pattern + ": add it to this test")
				.isNotNull();
			matcher.appendReplacement(path, value);
		}
		matcher.appendTail(path);
		return path.toString();
	}

	private static List<String> paths(long id) {
		String base = "/espace/candidatures/" + id;
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(base), STEPS.stream().map((s) -> base + "/" + s))
			.toList();
	}

}
