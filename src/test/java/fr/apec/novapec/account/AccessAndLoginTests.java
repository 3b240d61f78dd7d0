package fr.apec.novapec.account;

import java.util.EnumSet;
import java.util.UUID;

import fr.apec.novapec.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccessAndLoginTests {

	private static final String APPLICANT_PASSWORD = "mot-de-passe-candidat";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAnonymousVisitorToGestionIsSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/gestion").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/connexion"));
		this.mvc.perform(get("/espace").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/connexion"));
	}

	@Test
	void theLoginPageIsOpenAndFrench() throws Exception {
		String html = this.mvc.perform(get("/connexion").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Se connecter").contains("name=\"_csrf\"").contains("autocomplete=\"current-password\"");
	}

	@Test
	void anApplicantLogsInToItsSpaceAndGets403OnGestion() throws Exception {
		String email = newApplicant();
		Cookie session = login(email, APPLICANT_PASSWORD, "/espace");
		this.mvc.perform(get("/espace").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
		this.mvc.perform(get("/gestion").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
	}

	@Test
	void theAdministratorFromTheEnvironmentLogsInAndReachesGestion() throws Exception {
		Cookie session = login(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD, "/gestion");
		String html = this.mvc.perform(get("/gestion").cookie(session).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Tableau de bord du programme");
		this.mvc.perform(get("/espace").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
	}

	@Test
	void theFirstAdministratorIsCreatedOnceAndNeverOverwritten() throws Exception {
		new FirstAdministrator(this.accounts, IntegrationTest.ADMIN_EMAIL, "un-tout-autre-mot-de-passe").run(null);
		assertThat(this.jdbc.sql("select count(*) from account where email = ?")
			.param(IntegrationTest.ADMIN_EMAIL)
			.query(Long.class)
			.single()).isEqualTo(1);
		login(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD, "/gestion");
		this.mvc.perform(formLogin("/connexion").user("email", IntegrationTest.ADMIN_EMAIL)
			.password("password", "un-tout-autre-mot-de-passe")).andExpect(redirectedUrl("/connexion?erreur"));
	}

	@Test
	void passwordsAreStoredAsDelegatingEncoderHashes() {
		String email = newApplicant();
		String hash = this.jdbc.sql("select password_hash from account where email = ?").param(email)
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(APPLICANT_PASSWORD);
	}

	@Test
	void aWrongPasswordGetsTheSameAnswerAsAnUnknownAccount() throws Exception {
		String email = newApplicant();
		MvcResult wrongPassword = this.mvc
			.perform(formLogin("/connexion").user("email", email).password("password", "pas-le-bon-mot-de-passe"))
			.andExpect(redirectedUrl("/connexion?erreur"))
			.andReturn();
		MvcResult unknownAccount = this.mvc
			.perform(formLogin("/connexion").user("email", "personne-" + email)
				.password("password", "pas-le-bon-mot-de-passe"))
			.andExpect(redirectedUrl("/connexion?erreur"))
			.andReturn();

		String wrongPasswordPage = errorPage(wrongPassword);
		String unknownAccountPage = errorPage(unknownAccount);
		assertThat(wrongPasswordPage).contains("Adresse électronique ou mot de passe incorrect");
		assertThat(withoutTypedAddressAndToken(wrongPasswordPage, email))
			.as("the page must not tell whether the account exists")
			.isEqualTo(withoutTypedAddressAndToken(unknownAccountPage, "personne-" + email));
	}

	@Test
	void aFailedLoginKeepsTheTypedAddress() throws Exception {
		MvcResult failed = this.mvc
			.perform(formLogin("/connexion").user("email", "quelquun@exemple.fr").password("password", "faux"))
			.andReturn();
		assertThat(errorPage(failed)).contains("value=\"quelquun@exemple.fr\"");
	}

	@Test
	void aLoginWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/connexion").param("email", IntegrationTest.ADMIN_EMAIL)
			.param("password", IntegrationTest.ADMIN_PASSWORD)).andExpect(status().isForbidden());
	}

	@Test
	void logoutIsAPostToDeconnexionThatEndsTheSession() throws Exception {
		Cookie session = login(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD, "/gestion");
		this.mvc.perform(post("/deconnexion").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/?deconnecte"));
		this.mvc.perform(get("/gestion").cookie(session).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/connexion"));
	}

	@Test
	void sessionsAreKeptInPostgresqlSoThatInstancesCanShareThem() throws Exception {
		login(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD, "/gestion");
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(IntegrationTest.ADMIN_EMAIL)
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void everyResponseCarriesTheStrictContentSecurityPolicy() throws Exception {
		for (String path : new String[] { "/", "/laureats", "/connexion", "/gestion", "/espace", "/inconnue" }) {
			String csp = this.mvc.perform(get(path).accept(MediaType.TEXT_HTML))
				.andReturn()
				.getResponse()
				.getHeader("Content-Security-Policy");
			assertThat(csp).as(path)
				.contains("default-src 'self'")
				.contains("object-src 'none'")
				.contains("base-uri 'none'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline")
				.doesNotContain("unsafe-eval");
		}
	}

	private static String withoutTypedAddressAndToken(String html, String typed) {
		return html.replace(typed, "ADDRESS").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	private String newApplicant() {
		String email = "candidat-" + UUID.randomUUID() + "@exemple.fr";
		this.accounts.createAccount(email, APPLICANT_PASSWORD, "Camille Candidate", EnumSet.of(Role.APPLICANT));
		return email;
	}

	/** Logs in through the real form and returns the session cookie that Spring Session issued. */
	private Cookie login(String email, String password, String expectedHome) throws Exception {
		MvcResult result = this.mvc.perform(formLogin("/connexion").user("email", email).password("password", password))
			.andExpect(redirectedUrl(expectedHome))
			.andReturn();
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).as("Spring Session cookie").isNotNull();
		return session;
	}

	/** Follows the redirect after a failed login, with the flash attributes it carried. */
	private String errorPage(MvcResult failedLogin) throws Exception {
		MockHttpSession session = (MockHttpSession) failedLogin.getRequest().getSession(false);
		var request = get("/connexion").param("erreur", "").accept(MediaType.TEXT_HTML).locale(java.util.Locale.FRANCE);
		Cookie cookie = failedLogin.getResponse().getCookie("SESSION");
		if (cookie != null) {
			request.cookie(cookie);
		}
		else if (session != null) {
			request.session(session);
		}
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
