package fr.apec.novapec.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.organisation.TestOrganisations;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.Rounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's page of the Novapec call at /gestion/appel: the call's settings edited and kept, a stale
 * form told so with what was typed kept, errors beside their fields; rounds listed, added, changed and
 * deleted, a committee date taken twice or a round something refers to refused with a message; and nobody but
 * an administrator gets in, by the URL or by the service.
 */
@IntegrationTest
class CallAdministrationTests {

	static final String ADMIN = IntegrationTest.ADMIN_EMAIL;

	@Autowired
	MockMvc mvc;

	@Autowired
	SelectionService selection;

	@Autowired
	TestOrganisations organisations;

	@Autowired
	JdbcClient jdbc;

	CallSettings before;

	@BeforeEach
	void rememberTheCall() {
		this.before = this.selection.novapecCall();
	}

	/** Other tests expect the call as the migrations left it. */
	@AfterEach
	void putTheCallBack() {
		CallSettings now = this.selection.novapecCall();
		Acting.asAdmin(ADMIN, () -> this.selection.updateCall(now.id(), as(ADMIN),
				new CallChanges(this.before.title(), this.before.rules(), this.before.opensOn(), this.before.closesOn(),
						this.before.maxAmount(), this.before.themeCodes(), this.before.publicCodes(),
						this.before.requiredDocuments(), this.before.interimReportMonths(), this.before.finalReportDue()),
				now.version()));
	}

	@Test
	void anAdministratorEditsTheCallAndItsSettingsAreKept() throws Exception {
		String page = page(get("/gestion/appel"));
		assertThat(page).contains("Réglages de l'appel").contains(this.before.title()).contains("Décembre 2024");

		this.mvc.perform(callForm(this.before.version(), "title", "Appel Novapec 2027", "closesOn", "2027-12-31",
				"maxAmount", "50 000,50 €", "themes", "emploi", "publics", new String[] { "cadres", "pme" },
				"documents", new String[] { "STATUTES", "ACTIVITY_REPORT" }, "interimReportMonths", "9"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/gestion/appel"))
			.andExpect(flash().attribute("notice", "Les réglages de l'appel sont enregistrés."));

		CallSettings call = this.selection.novapecCall();
		assertThat(call.title()).isEqualTo("Appel Novapec 2027");
		assertThat(call.closesOn()).isEqualTo(LocalDate.of(2027, 12, 31));
		assertThat(call.maxAmount()).isEqualByComparingTo(new BigDecimal("50000.50"));
		assertThat(call.themeCodes()).containsExactly("emploi");
		assertThat(call.publicCodes()).containsExactly("cadres", "pme");
		assertThat(call.requiredDocuments()).containsExactly(DocumentKind.STATUTES, DocumentKind.ACTIVITY_REPORT);
		assertThat(call.interimReportMonths()).isEqualTo(9);
		assertThat(call.finalReportDue()).isFalse();
		assertThat(call.version()).isGreaterThan(this.before.version());
		assertThat(page(get("/gestion/appel"))).contains("value=\"Appel Novapec 2027\"").contains("value=\"2027-12-31\"")
			.contains("value=\"50000,50\"");
	}

	@Test
	void aCallFormOlderThanTheCallIsToldSoAndWhatWasTypedIsKept() throws Exception {
		long read = this.before.version();
		this.mvc.perform(callForm(read, "title", "Premier enregistrement"))
			.andExpect(status().is3xxRedirection());
		String page = HtmlUtils.htmlUnescape(this.mvc.perform(callForm(read, "title", "Second enregistrement"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(page).contains("Quelqu'un a modifié l'appel pendant que vous le corrigiez")
			.contains("value=\"Second enregistrement\"");
		assertThat(this.selection.novapecCall().title()).isEqualTo("Premier enregistrement");
	}

	@Test
	void aCallFormWithErrorsShowsThemBesideTheFieldsAndKeepsWhatWasTyped() throws Exception {
		String page = HtmlUtils.htmlUnescape(this.mvc.perform(post("/gestion/appel").with(admin()).with(csrf())
			.param("version", String.valueOf(this.before.version()))
			.param("title", " ")
			.param("rules", "Un règlement gardé")
			.param("opensOn", "2026-05-01")
			.param("closesOn", "2026-04-01")
			.param("maxAmount", "beaucoup")
			.param("publics", "cadres")
			.param("interimReportMonths", "douze"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(page).contains("Donnez un titre à l'appel.")
			.contains("La date de clôture ne peut pas précéder la date d'ouverture.")
			.contains("Cochez au moins un thème parmi ceux de la liste.")
			.contains("Indiquez un nombre entier de mois entre 1 et 120.")
			.contains("Un règlement gardé")
			.contains("value=\"beaucoup\"")
			.contains("value=\"douze\"")
			.contains("id=\"title-error\"");
		assertThat(this.selection.novapecCall()).isEqualTo(this.before);
	}

	@Test
	void anAmountThatIsNotOneIsRefusedBesideItsField() throws Exception {
		String page = HtmlUtils.htmlUnescape(this.mvc.perform(callForm(this.before.version(), "maxAmount", "-5"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(page).contains("id=\"maxAmount-error\"").contains("Écrivez un montant positif en euros");
	}

	@Test
	void anAdministratorAddsChangesAndDeletesARound() throws Exception {
		this.mvc.perform(post("/gestion/appel/tours").with(admin()).with(csrf())
			.param("label", "Session d'essai 2023")
			.param("submissionDeadline", "2023-03-01")
			.param("committeeDate", "2023-04-02"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "La session « Session d'essai 2023 » est ajoutée."));
		AdminRound round = Acting.asAdmin(ADMIN, () -> this.selection.roundsOf(this.before.id()))
			.stream().filter((r) -> r.label().equals("Session d'essai 2023")).findFirst().orElseThrow();
		assertThat(round.submissionDeadline()).isEqualTo(LocalDate.of(2023, 3, 1));
		assertThat(page(get("/gestion/appel"))).contains("Session d'essai 2023").contains("1 mars 2023")
			.contains("2 avril 2023");

		assertThat(page(get("/gestion/appel/tours/" + round.id()))).contains("value=\"Session d'essai 2023\"");
		this.mvc.perform(roundForm(round.id(), round.version()).param("label", "Session d'essai déplacée")
			.param("submissionDeadline", "01/03/2023")
			.param("committeeDate", "2023-04-09"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "La session « Session d'essai déplacée » est enregistrée."));
		AdminRound moved = Acting.asAdmin(ADMIN, () -> this.selection.roundForAdmin(round.id()));
		assertThat(moved.committeeDate()).isEqualTo(LocalDate.of(2023, 4, 9));
		assertThat(moved.label()).isEqualTo("Session d'essai déplacée");

		// Deleted from a page older than the change: refused; from the page as it is: deleted.
		this.mvc.perform(post("/gestion/appel/tours/" + round.id() + "/supprimer").with(admin()).with(csrf())
			.param("version", String.valueOf(round.version())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("alert", "Cette session a été modifiée entre-temps : rien n'a été supprimé. Vérifiez-la avant de recommencer."));
		this.mvc.perform(post("/gestion/appel/tours/" + round.id() + "/supprimer").with(admin()).with(csrf())
			.param("version", String.valueOf(moved.version())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "La session « Session d'essai déplacée » est supprimée."));
		assertThat(this.selection.round(round.id())).isEmpty();
		this.mvc.perform(get("/gestion/appel/tours/" + round.id()).with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void aRoundFormOlderThanTheRoundIsToldSoAndWhatWasTypedIsKept() throws Exception {
		long id = Rounds.create(this.selection, "Session concurrente", LocalDate.of(2023, 5, 1), LocalDate.of(2023, 6, 3));
		try {
			AdminRound read = Acting.asAdmin(ADMIN, () -> this.selection.roundForAdmin(id));
			this.mvc.perform(roundForm(id, read.version()).param("label", "Première modification")
				.param("submissionDeadline", "2023-05-01").param("committeeDate", "2023-06-03"))
				.andExpect(status().is3xxRedirection());
			String page = HtmlUtils.htmlUnescape(this.mvc.perform(roundForm(id, read.version())
				.param("label", "Seconde modification").param("submissionDeadline", "2023-05-02")
				.param("committeeDate", "2023-06-03"))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString());
			assertThat(page).contains("Quelqu'un a modifié cette session pendant que vous la corrigiez")
				.contains("value=\"Seconde modification\"").contains("value=\"2023-05-02\"");
			assertThat(this.selection.round(id).orElseThrow().label()).isEqualTo("Première modification");
		}
		finally {
			Rounds.remove(this.selection, this.jdbc, id);
		}
	}

	@Test
	void aCommitteeDateAnotherRoundHasOrACommitteeBeforeTheDeadlineIsAnErrorBesideTheField() throws Exception {
		long id = Rounds.create(this.selection, "Session du 7 juillet", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 7, 7));
		try {
			String taken = HtmlUtils.htmlUnescape(this.mvc.perform(post("/gestion/appel/tours").with(admin()).with(csrf())
				.param("label", "Session en double")
				.param("submissionDeadline", "2023-06-15")
				.param("committeeDate", "2023-07-07"))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString());
			assertThat(taken).contains("Une autre session de cet appel a déjà son comité ce jour-là")
				.contains("id=\"committeeDate-error\"").contains("value=\"Session en double\"");

			String before = HtmlUtils.htmlUnescape(this.mvc.perform(post("/gestion/appel/tours").with(admin()).with(csrf())
				.param("label", "")
				.param("submissionDeadline", "2023-06-15")
				.param("committeeDate", "2023-06-14"))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString());
			assertThat(before).contains("Le comité ne peut pas se réunir avant la date limite de dépôt.")
				.contains("Donnez un nom à la session.");

			String notADate = HtmlUtils.htmlUnescape(this.mvc.perform(post("/gestion/appel/tours").with(admin()).with(csrf())
				.param("label", "Session mal datée")
				.param("submissionDeadline", "demain")
				.param("committeeDate", "2023-06-14"))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString());
			assertThat(notADate).contains("id=\"submissionDeadline-error\"").contains("value=\"demain\"");

			// The rule holds in the service too: the database's unique constraint, never a 500.
			assertThatExceptionOfType(CommitteeDateTakenException.class).isThrownBy(() -> Rounds.create(this.selection,
					"Session en double", LocalDate.of(2023, 6, 15), LocalDate.of(2023, 7, 7)));
			assertThat(Acting.asAdmin(ADMIN, () -> this.selection.roundsOf(this.before.id())))
				.filteredOn((r) -> r.committeeDate().equals(LocalDate.of(2023, 7, 7))).hasSize(1);
		}
		finally {
			Rounds.remove(this.selection, this.jdbc, id);
		}
	}

	@Test
	void aRoundThatLaureatesOrApplicationsBelongToCannotBeDeleted() throws Exception {
		AdminRound december = Acting.asAdmin(ADMIN, () -> this.selection.roundsOf(this.before.id()))
			.stream().filter((r) -> r.label().equals("Décembre 2024")).findFirst().orElseThrow();
		this.mvc.perform(post("/gestion/appel/tours/" + december.id() + "/supprimer").with(admin()).with(csrf())
			.param("version", String.valueOf(december.version())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("alert", "Cette session ne peut pas être supprimée : des candidatures ou des lauréats s'y rattachent."));
		assertThat(this.selection.round(december.id())).isPresent();
	}

	@Test
	void applicantsReviewersAndStaffGet403OnEveryPageAndPostOfTheCall() throws Exception {
		long round = this.selection.nextRound(this.before.id(), LocalDate.of(2024, 1, 1)).orElseThrow().id();
		for (String role : List.of("APPLICANT", "REVIEWER", "STAFF")) {
			String login = role.toLowerCase() + "@exemple.fr";
			for (MockHttpServletRequestBuilder request : List.of(get("/gestion/appel"),
					get("/gestion/appel/tours/" + round), post("/gestion/appel").param("title", "Pris"),
					post("/gestion/appel/tours").param("label", "Pris").param("submissionDeadline", "2030-01-01")
						.param("committeeDate", "2030-02-01"),
					post("/gestion/appel/tours/" + round).param("label", "Pris"),
					post("/gestion/appel/tours/" + round + "/supprimer").param("version", "0"))) {
				this.mvc.perform(request.with(user(login).roles(role)).with(csrf())).andExpect(status().isForbidden());
			}
		}
		this.mvc.perform(get("/gestion/appel")).andExpect(status().is3xxRedirection());
		assertThat(this.selection.novapecCall()).isEqualTo(this.before);
		assertThat(this.selection.round(round).orElseThrow().label()).isEqualTo("Décembre 2024");
	}

	@Test
	void theServiceRefusesAnyoneButAnAdministrator() {
		String staff = this.organisations.newStaff("Camille Équipe");
		RoundChanges changes = new RoundChanges("Session refusée", LocalDate.of(2031, 1, 1), LocalDate.of(2031, 2, 1));
		// By the security context (@PreAuthorize)…
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> Acting.asStaff(staff,
				() -> this.selection.createRound(this.before.id(), as(staff), changes)));
		// …and by the roles of the account the server resolved, whatever the context says.
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> Acting.as(staff, "ADMIN",
				() -> this.selection.createRound(this.before.id(), as(staff), changes)));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> Acting.as(staff, "ADMIN", () -> {
			this.selection.updateCall(this.before.id(), as(staff), new CallChanges("Pris", "Pris", LocalDate.of(2024, 1, 1),
					null, null, List.of("emploi"), List.of("cadres"), List.of(), null, true), this.before.version());
			return null;
		}));
		assertThat(this.selection.novapecCall()).isEqualTo(this.before);
	}

	@Test
	void theDashboardLinksToTheCallForAnAdministratorOnly() throws Exception {
		assertThat(page(get("/gestion"))).contains("href=\"/gestion/appel\"");
		String staff = this.organisations.newStaff("Alix Équipe");
		assertThat(HtmlUtils.htmlUnescape(this.mvc.perform(get("/gestion").with(user(staff).roles("STAFF")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()))
			.doesNotContain("href=\"/gestion/appel\"");
	}

	/**
	 * The call's form as the page sends it, with every setting of the call as it was except those given (name,
	 * then values, in pairs), as an administrator.
	 */
	private MockHttpServletRequestBuilder callForm(long version, Object... changed) {
		Map<String, String[]> params = new LinkedHashMap<>();
		params.put("version", new String[] { String.valueOf(version) });
		params.put("title", new String[] { this.before.title() });
		params.put("rules", new String[] { this.before.rules() });
		params.put("opensOn", new String[] { this.before.opensOn().toString() });
		params.put("themes", this.before.themeCodes().toArray(String[]::new));
		params.put("publics", this.before.publicCodes().toArray(String[]::new));
		params.put("documents", this.before.requiredDocuments().stream().map(Enum::name).toArray(String[]::new));
		for (int i = 0; i < changed.length; i += 2) {
			Object values = changed[i + 1];
			params.put((String) changed[i], (values instanceof String[] many) ? many : new String[] { (String) values });
		}
		MockHttpServletRequestBuilder request = post("/gestion/appel").with(admin()).with(csrf());
		params.forEach(request::param);
		return request;
	}

	private MockHttpServletRequestBuilder roundForm(long id, long version) {
		return post("/gestion/appel/tours/" + id).with(admin()).with(csrf()).param("version", String.valueOf(version));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user(ADMIN).roles("ADMIN");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.perform(request.with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
