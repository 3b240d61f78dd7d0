package fr.apec.novapec.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static fr.apec.novapec.support.Races.await;
import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal always keeps one enabled administrator: the last one cannot lose ADMIN nor be disabled, even when
 * two administrators act on each other at the same moment. Each test first leaves exactly two administrators
 * enabled (A and B, its own), disabling the others in the database, and puts them back afterwards.
 */
@IntegrationTest
class LastAdministratorTests {

	static final String PASSWORD = "une phrase de passe d'administration";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	StaffAdministration team;

	@Autowired
	TransactionTemplate transactions;

	String a;

	String b;

	List<Long> otherAdministrators;

	@BeforeEach
	void onlyTwoAdministrators() {
		this.otherAdministrators = this.jdbc.sql("""
				select a.id from account a join account_role r on r.account_id = a.id
				where r.role = 'ADMIN' and a.enabled""").query(Long.class).list();
		if (!this.otherAdministrators.isEmpty()) {
			this.jdbc.sql("update account set enabled = false where id in (:ids)").param("ids", this.otherAdministrators)
				.update();
		}
		this.a = newAdministrator();
		this.b = newAdministrator();
	}

	@AfterEach
	void otherAdministratorsBack() {
		this.jdbc.sql("update account set enabled = false where email in (?, ?)").params(this.a, this.b).update();
		if (!this.otherAdministrators.isEmpty()) {
			this.jdbc.sql("update account set enabled = true where id in (:ids)").param("ids", this.otherAdministrators)
				.update();
		}
	}

	@Test
	void theLastAdministratorCannotRemoveItsOwnAdminRoleAndThePageSaysWhy() throws Exception {
		Acting.as(this.a, "ADMIN", () -> {
			this.team.disable(as(this.a), id(this.b));
			return null;
		});
		String html = this.mvc.perform(post("/gestion/equipe/" + id(this.a)).with(admin(this.a)).with(csrf())
			.param("roles", "STAFF")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("dernier compte d&#39;administration actif").contains("id=\"roles-error\"");
		assertThat(roles(this.a)).contains("ADMIN");
	}

	@Test
	void anAdministratorMayHandOverThenStepDownWhileAnotherRemains() {
		Acting.as(this.a, "ADMIN", () -> {
			this.team.change(as(this.a), id(this.a), Set.of(Role.STAFF), Set.of());
			return null;
		});
		assertThat(roles(this.a)).containsExactly("STAFF");
		assertThatExceptionOfType(TeamChangeRefusedException.class).isThrownBy(() -> Acting.as(this.b, "ADMIN", () -> {
			this.team.change(as(this.b), id(this.b), Set.of(Role.REVIEWER), Set.of());
			return null;
		})).satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("team.refused.lastAdmin"));
		assertThat(roles(this.b)).contains("ADMIN");
	}

	@Test
	void twoAdministratorsDemotingEachOtherAtOnceLeaveOneAdministrator() throws Exception {
		race((first) -> this.team.change(as(this.a), id(this.b), Set.of(Role.STAFF), Set.of()),
				(second) -> this.team.change(as(this.b), id(this.a), Set.of(Role.STAFF), Set.of()));
		assertThat(roles(this.b)).doesNotContain("ADMIN");
		assertThat(roles(this.a)).contains("ADMIN");
		assertThat(enabledAdministrators()).isEqualTo(1);
	}

	@Test
	void twoAdministratorsDisablingEachOtherAtOnceLeaveOneAdministrator() throws Exception {
		race((first) -> this.team.disable(as(this.a), id(this.b)),
				(second) -> this.team.disable(as(this.b), id(this.a)));
		assertThat(enabled(this.b)).isFalse();
		assertThat(enabled(this.a)).isTrue();
		assertThat(enabledAdministrators()).isEqualTo(1);
	}

	/**
	 * Runs A's action in a transaction held open until B's action has started and waits on it, then expects B's
	 * to be refused as the last administrator's removal.
	 */
	private void race(java.util.function.Consumer<Void> first, java.util.function.Consumer<Void> second)
			throws Exception {
		CountDownLatch firstChanged = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			Future<?> one = executor.submit(() -> Acting.as(this.a, "ADMIN",
					() -> this.transactions.execute((status) -> {
						first.accept(null);
						firstChanged.countDown();
						await(secondStarted);
						sleep();
						return null;
					})));
			Future<?> two = executor.submit(() -> {
				await(firstChanged);
				secondStarted.countDown();
				return Acting.as(this.b, "ADMIN", () -> {
					second.accept(null);
					return null;
				});
			});
			one.get(30, TimeUnit.SECONDS);
			assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> two.get(30, TimeUnit.SECONDS))
				.withCauseInstanceOf(TeamChangeRefusedException.class);
		}
		finally {
			executor.shutdownNow();
		}
	}

	private String newAdministrator() {
		String email = "admin-" + UUID.randomUUID() + "@apec.test";
		this.accounts.createAccount(email, PASSWORD, "Administratrice", EnumSet.of(Role.ADMIN, Role.STAFF));
		return email;
	}

	private long enabledAdministrators() {
		return this.jdbc.sql("""
				select count(*) from account a join account_role r on r.account_id = a.id
				where r.role = 'ADMIN' and a.enabled""").query(Long.class).single();
	}

	private long id(String email) {
		return this.jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
	}

	private List<String> roles(String email) {
		return this.jdbc.sql("select r.role from account_role r join account a on a.id = r.account_id where a.email = ?")
			.param(email).query(String.class).list();
	}

	private boolean enabled(String email) {
		return this.jdbc.sql("select enabled from account where email = ?").param(email).query(Boolean.class).single();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin(String login) {
		return SecurityMockMvcRequestPostProcessors.user(login).roles("ADMIN");
	}

	private static void sleep() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
