package fr.apec.novapec.account;

import java.util.List;
import java.util.UUID;

import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-up with a verification link, and the forgotten-password link: single use, expiring, discreet. */
@IntegrationTest
class SignUpAndPasswordResetTests {

	static final String PASSWORD = "une phrase de passe solide";

	@Autowired
	MockMvc mvc;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	String email;

	@BeforeEach
	void newAddress() {
		this.email = "inscrit-" + UUID.randomUUID() + "@exemple.fr";
	}

	@Test
	void signUpMailsAVerificationLinkAndNoLoginWorksBeforeItIsFollowed() throws Exception {
		signUp(this.email, PASSWORD).andExpect(redirectedUrl("/inscription/envoye"));
		this.mvc.perform(formLogin("/connexion").user("email", this.email).password("password", PASSWORD))
			.andExpect(redirectedUrl("/connexion?non-confirme"));

		String link = onlyMailTo(this.email, "/inscription/confirmer");
		String token = link.substring(link.indexOf("jeton=") + 6);
		this.mvc.perform(get(link).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
		assertThat(loginResult(this.email, PASSWORD)).as("a GET of the link does not use it")
			.isEqualTo("/connexion?non-confirme");
		this.mvc.perform(post("/inscription/confirmer").param("jeton", token).with(csrf()))
			.andExpect(redirectedUrl("/connexion?confirme"));
		assertThat(loginResult(this.email, PASSWORD)).isEqualTo("/espace");
	}

	@Test
	void aVerificationLinkWorksOnce() throws Exception {
		signUp(this.email, PASSWORD);
		String token = token(onlyMailTo(this.email, "/inscription/confirmer"));
		this.mvc.perform(post("/inscription/confirmer").param("jeton", token).with(csrf()))
			.andExpect(redirectedUrl("/connexion?confirme"));
		String second = this.mvc.perform(post("/inscription/confirmer").param("jeton", token).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(second).contains("Ce lien n&#39;est plus valable");
	}

	@Test
	void aVerificationLinkExpiresAfter24Hours() throws Exception {
		signUp(this.email, PASSWORD);
		String token = token(onlyMailTo(this.email, "/inscription/confirmer"));
		this.jdbc.sql("""
				update account_token set created_at = now() - interval '25 hours', expires_at = now() - interval '1 hour'
				where account_id = (select id from account where email = ?)""").param(this.email).update();
		assertThat(this.mvc.perform(post("/inscription/confirmer").param("jeton", token).with(csrf())).andReturn()
			.getResponse().getContentAsString()).contains("Ce lien n&#39;est plus valable");
		assertThat(loginResult(this.email, PASSWORD)).isEqualTo("/connexion?non-confirme");
	}

	@Test
	void theRightPasswordOfAnUnconfirmedAddressSaysSoAndOffersANewLinkAWrongOneSaysOnlyThatTheLoginFailed()
			throws Exception {
		signUp(this.email, PASSWORD);
		this.outbox.sendDue();
		TestMail.purge();

		MvcResult wrong = this.mvc.perform(formLogin("/connexion").user("email", this.email)
			.password("password", "pas le bon mot de passe")).andExpect(redirectedUrl("/connexion?erreur")).andReturn();
		assertThat(loginPage(wrong)).contains("Adresse électronique ou mot de passe incorrect")
			.doesNotContain("pas encore confirmée").doesNotContain("/inscription/renvoyer\" method");

		MvcResult right = this.mvc.perform(formLogin("/connexion").user("email", this.email).password("password", PASSWORD))
			.andExpect(redirectedUrl("/connexion?non-confirme")).andReturn();
		String page = loginPage(right);
		assertThat(page).contains("n&#39;est pas encore confirmée").doesNotContain("mot de passe incorrect")
			.contains("action=\"/inscription/renvoyer\"").contains("name=\"email\" value=\"" + this.email + "\"");
		assertThat(this.jdbc.sql("select count(*) from login_attempt where email = ? and outcome = 'FAILURE'")
			.param(this.email).query(Long.class).single()).as("only the wrong password counts as a failure").isEqualTo(1);

		// The offered button sends a new link.
		this.mvc.perform(post("/inscription/renvoyer").param("email", this.email).with(csrf()))
			.andExpect(redirectedUrl("/inscription/envoye"));
		this.outbox.sendDue();
		assertThat(TestMail.to(this.email)).hasSize(1);
	}

	/** The login page a failed login leads to, with the flash attributes it carried. */
	private String loginPage(MvcResult redirect) throws Exception {
		var request = get(redirect.getResponse().getRedirectedUrl()).accept(MediaType.TEXT_HTML);
		Cookie session = redirect.getResponse().getCookie("SESSION");
		if (session != null) {
			request.cookie(session);
		}
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	@Test
	void signingUpWithATakenAddressLooksTheSameAndMailsItsOwner() throws Exception {
		signUp(this.email, PASSWORD);
		// The portal's own delivery job may be sending the first mail meanwhile: it must have arrived before
		// it is forgotten, or it would count as the second one.
		TestMail.deliverAll(this.outbox);
		for (int i = 0; i < 300 && TestMail.to(this.email).isEmpty(); i++) {
			Thread.sleep(100);
		}
		TestMail.purge();
		signUp(this.email, "une autre phrase de passe").andExpect(redirectedUrl("/inscription/envoye"));
		assertThat(this.jdbc.sql("select count(*) from account where email = ?").param(this.email).query(Long.class)
			.single()).isEqualTo(1);
		this.outbox.sendDue();
		List<MimeMessage> mails = TestMail.to(this.email);
		assertThat(mails).singleElement().satisfies((m) -> assertThat(m.getSubject()).contains("existe déjà"));
	}

	@Test
	void aCommonOrShortPasswordIsRefusedBesideItsFieldAndTheRestIsKept() throws Exception {
		String html = this.mvc.perform(post("/inscription").with(csrf()).param("displayName", "Camille Martin")
			.param("email", this.email).param("password", "azertyuiop123").param("passwordConfirmation", "azertyuiop123"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("fait partie des mots de passe les plus courants")
			.contains("value=\"Camille Martin\"")
			.contains("value=\"" + this.email + "\"")
			.doesNotContain("value=\"azertyuiop123\"");
		assertThat(this.mvc.perform(post("/inscription").with(csrf()).param("displayName", "Camille")
			.param("email", this.email).param("password", "court").param("passwordConfirmation", "court"))
			.andReturn().getResponse().getContentAsString()).contains("au moins 12 caractères");
		assertThat(this.mvc.perform(post("/inscription").with(csrf()).param("displayName", "Camille")
			.param("email", this.email).param("password", PASSWORD).param("passwordConfirmation", PASSWORD + "x"))
			.andReturn().getResponse().getContentAsString()).contains("ne sont pas identiques");
		assertThat(this.jdbc.sql("select count(*) from account where email = ?").param(this.email).query(Long.class)
			.single()).isZero();
	}

	@Test
	void aSignUpWithoutCsrfTokenIsRefusedAndSavesNothing() throws Exception {
		this.mvc.perform(post("/inscription").param("displayName", "Camille").param("email", this.email)
			.param("password", PASSWORD).param("passwordConfirmation", PASSWORD)).andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from account where email = ?").param(this.email).query(Long.class)
			.single()).isZero();
	}

	@Test
	void extraPostedFieldsCannotMakeAnApplicantStaff() throws Exception {
		this.mvc.perform(post("/inscription").with(csrf()).param("displayName", "Camille").param("email", this.email)
			.param("password", PASSWORD).param("passwordConfirmation", PASSWORD).param("roles", "ADMIN")
			.param("role", "STAFF").param("emailVerifiedAt", "2020-01-01T00:00:00Z").param("enabled", "true"));
		assertThat(this.jdbc.sql("select r.role from account_role r join account a on a.id = r.account_id where a.email = ?")
			.param(this.email).query(String.class).list()).containsExactly("APPLICANT");
		assertThat(this.jdbc.sql("select email_verified_at is null from account where email = ?").param(this.email)
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void aResetLinkSetsANewPasswordOnceAndTheAnswerIsTheSameForUnknownAddresses() throws Exception {
		verifiedAccount(this.email, PASSWORD);
		String known = forgot(this.email);
		String unknown = forgot("personne-" + this.email);
		assertThat(known.replace(this.email, "X")).isEqualTo(unknown.replace("personne-" + this.email, "X"));
		this.outbox.sendDue();
		assertThat(TestMail.to("personne-" + this.email)).isEmpty();

		String token = token(onlyMailTo(this.email, "/mot-de-passe/nouveau"));
		String newPassword = "un tout nouveau mot de passe";
		this.mvc.perform(post("/mot-de-passe/nouveau").with(csrf()).param("token", token).param("password", newPassword)
			.param("passwordConfirmation", newPassword)).andExpect(redirectedUrl("/connexion?reinitialise"));
		assertThat(loginResult(this.email, newPassword)).isEqualTo("/espace");
		assertThat(loginResult(this.email, PASSWORD)).isEqualTo("/connexion?erreur");
		assertThat(this.mvc.perform(post("/mot-de-passe/nouveau").with(csrf()).param("token", token)
			.param("password", "encore un autre mot de passe").param("passwordConfirmation", "encore un autre mot de passe"))
			.andReturn().getResponse().getContentAsString()).contains("Ce lien n&#39;est plus valable");
	}

	@Test
	void aResetLinkExpiresAfterOneHour() throws Exception {
		verifiedAccount(this.email, PASSWORD);
		forgot(this.email);
		String token = token(onlyMailTo(this.email, "/mot-de-passe/nouveau"));
		this.jdbc.sql("""
				update account_token set created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour'
				where account_id = (select id from account where email = ?)""").param(this.email).update();
		assertThat(this.mvc.perform(get("/mot-de-passe/nouveau").param("jeton", token)).andReturn().getResponse()
			.getContentAsString()).contains("Ce lien n&#39;est plus valable");
		this.mvc.perform(post("/mot-de-passe/nouveau").with(csrf()).param("token", token)
			.param("password", "un tout nouveau mot de passe").param("passwordConfirmation", "un tout nouveau mot de passe"));
		assertThat(loginResult(this.email, PASSWORD)).isEqualTo("/espace");
	}

	private org.springframework.test.web.servlet.ResultActions signUp(String address, String password) throws Exception {
		return this.mvc.perform(post("/inscription").with(csrf()).param("displayName", "Camille Martin")
			.param("email", address).param("password", password).param("passwordConfirmation", password));
	}

	private String forgot(String address) throws Exception {
		String location = this.mvc.perform(post("/mot-de-passe-oublie").with(csrf()).param("email", address))
			.andExpect(redirectedUrl("/mot-de-passe-oublie/envoye")).andReturn().getResponse().getRedirectedUrl();
		return location;
	}

	private void verifiedAccount(String address, String password) {
		new AccountFixture(this.jdbc).verified(address, password);
	}

	private String loginResult(String address, String password) throws Exception {
		return this.mvc.perform(formLogin("/connexion").user("email", address).password("password", password))
			.andReturn().getResponse().getRedirectedUrl();
	}

	private String onlyMailTo(String address, String path) {
		this.outbox.sendDue();
		List<MimeMessage> mails = TestMail.to(address);
		assertThat(mails).as("mails to " + address).isNotEmpty();
		return TestMail.link(mails.get(mails.size() - 1), path);
	}

	private static String token(String link) {
		return link.substring(link.indexOf("jeton=") + 6);
	}

}
