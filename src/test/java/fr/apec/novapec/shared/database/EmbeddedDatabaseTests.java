package fr.apec.novapec.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.apec.novapec.NovapecApplication;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The last default of {@link DatabaseChoice}: with no database given, Docker Compose switched off and nothing
 * listening on the local server's port, the whole portal runs on an embedded PostgreSQL 16 of its own, in a
 * folder that keeps its data from one start to the next. The test starts the real application, as
 * {@code ./mvnw spring-boot:run} does, with the other choices made unreachable by its settings.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseTests {

	private static final String PASSWORD = "une phrase de passe solide";

	private static final Pattern CARD_TITLE = Pattern.compile("class=\"card-title\"><a href=\"/laureats/([a-z0-9-]+)\"");

	@TempDir
	Path folder;

	@Test
	void withNothingElseThePortalMigratesAndSearchesInFrenchOnAnEmbeddedPostgres16AndFindsItsDataAgainAfterARestart(
			CapturedOutput output) throws Exception {
		// One test for both, as the portal takes several seconds to start on a new embedded server.
		int firstPort;
		try (ConfigurableApplicationContext portal = startPortal(this.folder)) {
			firstPort = portal.getBean(EmbeddedPostgresServer.class).port();
			assertThat(output).containsOnlyOnce("Database chosen: an embedded PostgreSQL 16 on 127.0.0.1:")
				.contains("with its data in " + this.folder.toRealPath(), "(for development only)",
						"NOVAPEC_DB_URL is not set, Docker Compose is switched off and nothing answers on 127.0.0.1:");
			JdbcClient jdbc = portal.getBean(JdbcClient.class);
			EmbeddedPostgresServer server = portal.getBean(EmbeddedPostgresServer.class);
			assertThat(jdbc.sql("select current_setting('server_version_num')::int / 10000").query(Integer.class).single())
				.isEqualTo(16);
			assertThat(jdbc.sql("select current_database() || ' ' || current_setting('data_directory')")
				.query(String.class)
				.single()).isEqualTo("novapec " + this.folder.toRealPath());
			assertThat(jdbc.sql("select inet_server_addr()::text || ':' || inet_server_port()").query(String.class).single())
				.isEqualTo("127.0.0.1/32:" + server.port());

			MigrationInfo[] migrations = portal.getBean(Flyway.class).info().all();
			assertThat(migrations).isNotEmpty().allMatch((migration) -> migration.getState().isApplied()
					&& !migration.getState().isFailed());

			MockMvc mvc = mvc(portal);
			mvc.perform(post("/inscription").with(csrf())
				.param("displayName", "Camille Martin")
				.param("email", "camille@exemple.fr")
				.param("password", PASSWORD)
				.param("passwordConfirmation", PASSWORD)).andExpect(redirectedUrl("/inscription/envoye"));
			assertThat(jdbc.sql("select display_name from account where email = 'camille@exemple.fr'")
				.query(String.class)
				.single()).isEqualTo("Camille Martin");
			assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = 'camille@exemple.fr'")
				.query(Long.class)
				.single()).isEqualTo(1);

			// French stemming (seniors → senior) and accents that do not matter, as on any other PostgreSQL.
			List<String> seniors = slugs(mvc, "/laureats?q=seniors");
			assertThat(seniors).first().isEqualTo("seniors-allez-tous-vous-faire-voir");
			assertThat(seniors).contains("pack-job-senior");
			assertThat(slugs(mvc, "/laureats?q=séniors")).isEqualTo(seniors);
			assertThat(slugs(mvc, "/laureats?q=numérique")).contains("pack-job-senior")
				.isEqualTo(slugs(mvc, "/laureats?q=numerique"));

			// A second portal on the same folder while this one runs is refused, and leaves this one's server alone.
			assertThatThrownBy(() -> startPortal(this.folder).close()).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("Another running portal uses the embedded PostgreSQL in " + this.folder.toRealPath());
			assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isOne();
		}
		assertThat(DatabaseChoice.answers("127.0.0.1", firstPort)).as("the server stops with the portal").isFalse();

		try (ConfigurableApplicationContext portal = startPortal(this.folder)) {
			JdbcClient jdbc = portal.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select display_name from account where email = 'camille@exemple.fr'")
				.query(String.class)
				.list()).containsExactly("Camille Martin");
			assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success").query(Long.class).single())
				.isZero();
			// The password hash came back too: the right password is recognised (the address is not confirmed yet).
			mvc(portal).perform(formLogin("/connexion").user("email", "camille@exemple.fr").password("password", PASSWORD))
				.andExpect(redirectedUrl("/connexion?non-confirme"));
		}
		assertThat(output.toString().split("Database chosen: an embedded PostgreSQL 16", -1))
			.as("one line for each of the two starts").hasSize(3);
	}

	/** The real application, as {@code ./mvnw spring-boot:run} starts it, where only the embedded choice is left. */
	static ConfigurableApplicationContext startPortal(Path folder) {
		return new SpringApplicationBuilder(NovapecApplication.class).run("--spring.datasource.url=",
				"--spring.docker.compose.enabled=false", "--novapec.database.local-port=" + portWhereNothingListens(),
				"--novapec.database.embedded.enabled=true", "--novapec.database.embedded.dir=" + folder,
				"--server.port=0", "--novapec.mail.send-interval=1h", "--novapec.admin.email=",
				"--novapec.admin.password=");
	}

	private static MockMvc mvc(ConfigurableApplicationContext portal) {
		return MockMvcBuilders.webAppContextSetup((WebApplicationContext) portal).apply(springSecurity()).build();
	}

	private static List<String> slugs(MockMvc mvc, String url) throws Exception {
		String html = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> slugs = new ArrayList<>();
		Matcher matcher = CARD_TITLE.matcher(html);
		while (matcher.find()) {
			slugs.add(matcher.group(1));
		}
		return slugs;
	}

	/** A loopback port that was free a moment ago: the local server's probe finds nothing there. */
	private static int portWhereNothingListens() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
