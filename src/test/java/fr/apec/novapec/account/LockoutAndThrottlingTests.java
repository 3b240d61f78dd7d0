package fr.apec.novapec.account;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.apec.novapec.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * After 6 wrong passwords an address is locked for 15 minutes; one address may make 25 unsuccessful
 * attempts in 15 minutes, then gets 429 with Retry-After. Neither tells whether an account has the address,
 * and no spelling of an address (case, spaces, control or invisible characters, a final dot) escapes them.
 */
@IntegrationTest
class LockoutAndThrottlingTests {

	static final String PASSWORD = "le bon mot de passe du compte";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LoginAttempts attempts;

	@Test
	void afterSixWrongPasswordsEvenTheRightOneIsRefusedForFifteenMinutes() throws Exception {
		String email = account();
		for (int i = 0; i < LoginAttempts.FAILURES_BEFORE_LOCK; i++) {
			assertThat(login(email, "un mauvais mot de passe").getResponse().getRedirectedUrl()).isEqualTo("/connexion?erreur");
		}
		MvcResult locked = login(email, PASSWORD);
		assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/connexion?bloque");
		assertThat(page(locked)).contains("la connexion est suspendue pendant 15 minutes");

		// Fifteen minutes later the address may log in again.
		this.jdbc.sql("update login_attempt set attempted_at = attempted_at - interval '16 minutes' where email = ?")
			.param(email).update();
		assertThat(login(email, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/espace");
	}

	@Test
	void aSuccessfulLoginStartsTheFailureCountAgain() throws Exception {
		String email = account();
		for (int i = 0; i < LoginAttempts.FAILURES_BEFORE_LOCK - 1; i++) {
			login(email, "un mauvais mot de passe");
		}
		assertThat(login(email, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/espace");
		assertThat(login(email, "un mauvais mot de passe").getResponse().getRedirectedUrl()).isEqualTo("/connexion?erreur");
		assertThat(login(email, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/espace");
	}

	@Test
	void lockoutLooksTheSameForAnUnknownAddress() throws Exception {
		String existing = account();
		String unknown = "inconnu-" + UUID.randomUUID() + "@exemple.fr";
		for (int i = 0; i < LoginAttempts.FAILURES_BEFORE_LOCK; i++) {
			login(existing, "un mauvais mot de passe");
			login(unknown, "un mauvais mot de passe");
		}
		MvcResult existingLocked = login(existing, "un mauvais mot de passe");
		MvcResult unknownLocked = login(unknown, "un mauvais mot de passe");
		assertThat(unknownLocked.getResponse().getRedirectedUrl()).isEqualTo(existingLocked.getResponse().getRedirectedUrl());
		assertThat(page(unknownLocked).replace(unknown, "X").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""))
			.isEqualTo(page(existingLocked).replace(existing, "X").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));
	}

	@Test
	void theTwentySixthUnsuccessfulLoginOfAnAddressInFifteenMinutesGets429WithRetryAfterWhetherItExistsOrNot()
			throws Exception {
		for (String email : new String[] { account(), "inconnu-" + UUID.randomUUID() + "@exemple.fr" }) {
			this.jdbc.sql("""
					insert into login_attempt (email, outcome, attempted_at)
					select ?, 'REFUSED', now() - interval '1 minute' from generate_series(1, 25)""").param(email).update();
			MockHttpServletResponse response = login(email, PASSWORD).getResponse();
			assertThat(response.getStatus()).as(email).isEqualTo(429);
			long retryAfter = Long.parseLong(response.getHeader("Retry-After"));
			assertThat(retryAfter).isBetween(1L, 15L * 60);
		}
	}

	@Test
	void successfulLoginsDoNotCountTowardsTheThrottle() throws Exception {
		String email = account();
		this.jdbc.sql("""
				insert into login_attempt (email, outcome, attempted_at)
				select ?, 'SUCCESS', now() - interval '1 minute' from generate_series(1, 40)""").param(email).update();
		assertThat(login(email, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/espace");
	}

	/** Spellings of an address that Spring Security's trim() or our normalisation bring back to it. */
	static List<String> spellingsOf(String email) {
		return List.of(email.toUpperCase(Locale.ROOT), "  " + email + "  ", "\t" + email, email + "\t",
				email + "\u0001", "\u0001" + email, "\u0008" + email, email + "\u000E", email + "\u001B",
				email + "\u0000", "\u00A0" + email + "\u202F", "\u3000" + email, "\u200B" + email, email + ".",
				email.toUpperCase(Locale.ROOT) + ". ");
	}

	@Test
	void everySpellingOfAnAddressCountsAgainstTheSameLockAndNoneLogsInOrUnlocksIt() throws Exception {
		String email = account();
		List<String> spellings = spellingsOf(email);
		for (int i = 0; i < LoginAttempts.FAILURES_BEFORE_LOCK; i++) {
			assertThat(login(spellings.get(i), "un mauvais mot de passe").getResponse().getRedirectedUrl())
				.as(spellings.get(i)).isEqualTo("/connexion?erreur");
		}
		assertThat(login(email, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/connexion?bloque");
		for (String spelling : spellings) {
			assertThat(login(spelling, PASSWORD).getResponse().getRedirectedUrl()).as(printable(spelling))
				.isEqualTo("/connexion?bloque");
		}
		assertThat(login(email, PASSWORD).getResponse().getRedirectedUrl()).as("still locked")
			.isEqualTo("/connexion?bloque");
		assertThat(this.jdbc.sql("select count(distinct email) from login_attempt where email like ?")
			.param("%" + email.substring(7, 20) + "%").query(Long.class).single()).as("one key for every spelling")
			.isEqualTo(1);
	}

	@Test
	void anAddressHoldingAControlCharacterNeverLogsInEvenWithTheRightPasswordAndCountsAsAFailure() throws Exception {
		String email = account();
		List<String> controlled = List.of(email + "\u0001", "\u001B" + email, email + "\u0000", "\t" + email,
				"\u200B" + email, email.replace("@", "\u0001@"));
		for (String spelling : controlled) {
			assertThat(login(spelling, PASSWORD).getResponse().getRedirectedUrl()).as(printable(spelling))
				.isEqualTo("/connexion?erreur");
		}
		assertThat(login(email, PASSWORD).getResponse().getRedirectedUrl())
			.as("six refused spellings lock the address they hide").isEqualTo("/connexion?bloque");
	}

	@Test
	void theThrottleCountsEverySpellingOfAnAddress() throws Exception {
		String email = account();
		List<String> spellings = spellingsOf(email);
		for (int i = 0; i < LoginAttempts.ATTEMPTS_PER_WINDOW; i++) {
			MockHttpServletResponse response = login(spellings.get(i % spellings.size()), "un mauvais mot de passe")
				.getResponse();
			assertThat(response.getStatus()).as("attempt " + (i + 1)).isEqualTo(302);
		}
		assertThat(login(email, PASSWORD).getResponse().getStatus()).isEqualTo(429);
		assertThat(login(spellings.get(3), PASSWORD).getResponse().getStatus()).isEqualTo(429);
	}

	private static String printable(String spelling) {
		StringBuilder shown = new StringBuilder();
		spelling.codePoints().forEach((c) -> shown.append((c < 0x20 || c > 0x7e) ? String.format("\\u%04X", c)
				: String.valueOf((char) c)));
		return shown.toString();
	}

	@Test
	void theSessionIdChangesAtLogin() throws Exception {
		String email = account();
		MvcResult before = this.mvc.perform(get("/connexion").accept(MediaType.TEXT_HTML)).andReturn();
		Cookie anonymous = before.getResponse().getCookie("SESSION");
		assertThat(anonymous).as("the login form's CSRF token opens a session").isNotNull();
		MvcResult after = this.mvc.perform(post("/connexion").param("email", email).param("password", PASSWORD)
			.with(csrf()).cookie(anonymous)).andReturn();
		assertThat(after.getResponse().getRedirectedUrl()).isEqualTo("/espace");
		Cookie authenticated = after.getResponse().getCookie("SESSION");
		assertThat(authenticated).isNotNull();
		assertThat(authenticated.getValue()).isNotEqualTo(anonymous.getValue());
	}

	@Test
	void attemptsOlderThanADayAreForgotten() {
		String email = "ancien-" + UUID.randomUUID() + "@exemple.fr";
		this.jdbc.sql("""
				insert into login_attempt (email, outcome, attempted_at) values
				(?, 'FAILURE', now() - interval '2 days'), (?, 'FAILURE', now() - interval '1 hour')""")
			.params(email, email).update();
		this.attempts.forgetOldAttempts();
		assertThat(this.jdbc.sql("select count(*) from login_attempt where email = ?").param(email).query(Long.class)
			.single()).isEqualTo(1);
	}

	private String account() {
		String email = "verrou-" + UUID.randomUUID() + "@exemple.fr";
		new AccountFixture(this.jdbc).verified(email, PASSWORD);
		return email;
	}

	private MvcResult login(String email, String password) throws Exception {
		return this.mvc.perform(formLogin("/connexion").user("email", email).password("password", password)).andReturn();
	}

	/** The login page the redirect leads to, with the flash attributes it carried. */
	private String page(MvcResult redirect) throws Exception {
		var request = get(redirect.getResponse().getRedirectedUrl()).accept(MediaType.TEXT_HTML);
		if (redirect.getFlashMap() != null && !redirect.getFlashMap().isEmpty()) {
			request.flashAttrs(redirect.getFlashMap());
		}
		Cookie session = redirect.getResponse().getCookie("SESSION");
		if (session != null) {
			request.cookie(session);
		}
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

}
