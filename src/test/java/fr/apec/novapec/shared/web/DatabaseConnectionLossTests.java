package fr.apec.novapec.shared.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.LocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The database ends every connection of the portal, as a failover does: the pool checks each connection
 * before lending it, so the very next requests get their pages, without a restart. A request that still
 * cannot reach the database gets 503 with Retry-After and a page saying to try again, never a 500.
 */
@IntegrationTest
class DatabaseConnectionLossTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Environment environment;

	@Autowired
	MessageSource messages;

	@Autowired
	LocaleResolver locales;

	@Test
	void rightAfterTheDatabaseEndsEveryConnectionTheNextRequestsGetTheirPages() throws Exception {
		for (int round = 0; round < 3; round++) {
			assertThat(search().getStatus()).isEqualTo(200);
			assertThat(endThePortalsConnections()).isPositive();
			List<Integer> statuses = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				statuses.add(search().getStatus());
			}
			assertThat(statuses).containsOnly(200);
		}
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void aRequestThatCannotReachTheDatabaseGets503WithAPageSayingToTryAgain(boolean pageBegun) throws Exception {
		DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(this.messages, this.locales);
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/espace/candidatures/12/projet");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> {
			if (pageBegun) {
				res.setContentType("text/html;charset=UTF-8");
				res.getWriter().write("début de page");
			}
			throw new CannotCreateTransactionException("Could not open JPA EntityManager",
					new SQLTransientConnectionException("Connection is not available, request timed out after 30000ms",
							"08001"));
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(response.getContentAsString()).contains("<html lang=\"fr\"")
			.contains("Le portail est momentanément indisponible")
			.contains("a été enregistré")
			.contains("href=\"/espace/candidatures/12/projet\"")
			.doesNotContain("début de page")
			.doesNotContain("Exception");
	}

	@Test
	void anyOtherFailureIsLeftToTheErrorPage() {
		DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(this.messages, this.locales);
		assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
				(req, res) -> {
					throw new IllegalStateException("bug");
				})).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aConnectionFailureIsRecognisedFromItsSqlStateWhereverItIsWrapped() {
		java.sql.SQLException terminated = new java.sql.SQLException("terminating connection", "57P01");
		assertThat(DatabaseUnavailableFilter.isConnectionFailure(
				new org.springframework.dao.DataAccessResourceFailureException("x", new RuntimeException(terminated))))
			.isTrue();
		assertThat(DatabaseUnavailableFilter.isConnectionFailure(new RuntimeException(
				new java.sql.SQLException("I/O error", "08006")))).isTrue();
		assertThat(DatabaseUnavailableFilter.isConnectionFailure(new RuntimeException(
				new java.sql.SQLException("duplicate key", "23505")))).isFalse();
	}

	/** A search no cache holds, so that it reaches the database. */
	private MockHttpServletResponse search() throws Exception {
		return this.mvc.perform(get("/laureats").param("q", "emploi " + UUID.randomUUID())).andReturn().getResponse();
	}

	private int endThePortalsConnections() throws Exception {
		try (Connection own = DriverManager.getConnection(TestDatabase.url(),
				this.environment.getProperty("spring.datasource.username"),
				this.environment.getProperty("spring.datasource.password")); Statement statement = own.createStatement();
				ResultSet rows = statement.executeQuery("""
						select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity
						where datname = current_database() and pid <> pg_backend_pid()""")) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
