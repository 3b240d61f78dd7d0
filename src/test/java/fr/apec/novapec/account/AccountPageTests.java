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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The account page: a person changes their name, their address (verified again) and their password. */
@IntegrationTest
class AccountPageTests {

	static final String PASSWORD = "mon mot de passe actuel";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailOutbox outbox;

	String email;

	Cookie session;

	@BeforeEach
	void signedIn() throws Exception {
		this.email = "compte-" + UUID.randomUUID() + "@exemple.fr";
		new AccountFixture(this.jdbc).verified(this.email, PASSWORD);
		this.session = this.mvc.perform(formLogin("/connexion").user("email", this.email).password("password", PASSWORD))
			.andExpect(redirectedUrl("/espace")).andReturn().getResponse().getCookie("SESSION");
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/compte").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/connexion"));
	}

	@Test
	void theNameChanges() throws Exception {
		this.mvc.perform(post("/compte/nom").cookie(this.session).with(csrf()).param("displayName", "Dominique Durand"))
			.andExpect(redirectedUrl("/compte"));
		assertThat(this.jdbc.sql("select display_name from account where email = ?").param(this.email)
			.query(String.class).single()).isEqualTo("Dominique Durand");
	}

	@Test
	void theAddressChangesOnlyWithTheCurrentPasswordAndOnceTheNewOneIsConfirmed() throws Exception {
		String newEmail = "nouvelle-" + this.email;
		String html = this.mvc.perform(post("/compte/email").cookie(this.session).with(csrf()).param("newEmail", newEmail)
			.param("currentPassword", "pas le bon")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Le mot de passe actuel n&#39;est pas le bon").contains("value=\"" + newEmail + "\"");

		this.mvc.perform(post("/compte/email").cookie(this.session).with(csrf()).param("newEmail", newEmail)
			.param("currentPassword", PASSWORD)).andExpect(redirectedUrl("/compte"));
		assertThat(this.jdbc.sql("select count(*) from account where email = ?").param(this.email).query(Long.class)
			.single()).as("unchanged until confirmed").isEqualTo(1);

		this.outbox.sendDue();
		List<MimeMessage> mails = TestMail.to(newEmail);
		assertThat(mails).hasSize(1);
		String link = TestMail.link(mails.get(0), "/compte/email/confirmer");
		String token = link.substring(link.indexOf("jeton=") + 6);
		this.mvc.perform(post("/compte/email/confirmer").cookie(this.session).with(csrf()).param("jeton", token))
			.andExpect(redirectedUrl("/connexion?email-modifie"));
		assertThat(this.mvc.perform(formLogin("/connexion").user("email", newEmail).password("password", PASSWORD))
			.andReturn().getResponse().getRedirectedUrl()).isEqualTo("/espace");
		assertThat(this.mvc.perform(formLogin("/connexion").user("email", this.email).password("password", PASSWORD))
			.andReturn().getResponse().getRedirectedUrl()).isEqualTo("/connexion?erreur");
	}

	@Test
	void thePasswordChangesWithTheCurrentOneAndFollowsThePolicy() throws Exception {
		assertThat(this.mvc.perform(post("/compte/mot-de-passe").cookie(this.session).with(csrf())
			.param("oldPassword", PASSWORD).param("newPassword", "motdepasse123").param("newPasswordConfirmation", "motdepasse123"))
			.andReturn().getResponse().getContentAsString()).contains("les plus courants");
		assertThat(this.mvc.perform(post("/compte/mot-de-passe").cookie(this.session).with(csrf())
			.param("oldPassword", "pas le bon").param("newPassword", "un nouveau mot de passe")
			.param("newPasswordConfirmation", "un nouveau mot de passe")).andReturn().getResponse().getContentAsString())
			.contains("Le mot de passe actuel n&#39;est pas le bon");
		this.mvc.perform(post("/compte/mot-de-passe").cookie(this.session).with(csrf()).param("oldPassword", PASSWORD)
			.param("newPassword", "un nouveau mot de passe").param("newPasswordConfirmation", "un nouveau mot de passe"))
			.andExpect(redirectedUrl("/compte"));
		assertThat(this.mvc.perform(formLogin("/connexion").user("email", this.email)
			.password("password", "un nouveau mot de passe")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/espace");
	}

}
