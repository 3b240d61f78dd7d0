package fr.apec.novapec.shared.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order in which the portal chooses its database, and the one line that says which and why. The embedded
 * server itself is proved by {@link EmbeddedDatabaseTests}; here the choices before it are made to answer or not.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseChoiceTests {

	@TempDir
	Path folder;

	@Test
	void aGivenUrlWinsOverEverythingAndDockerComposeIsNotAsked(CapturedOutput output) throws IOException {
		try (ServerSocket local = listening()) {
			StandardEnvironment environment = environment(Map.of("NOVAPEC_DB_URL",
					"jdbc:postgresql://db.exemple.fr/novapec?password=secret", "spring.datasource.url",
					"${NOVAPEC_DB_URL:}", "novapec.database.local-port", local.getLocalPort()));
			new DockerComposeSwitch().postProcessEnvironment(environment, new SpringApplication());
			assertThat(environment.getProperty("spring.docker.compose.enabled")).isEqualTo("false");

			DefaultListableBeanFactory beans = choose(environment);

			assertThat(environment.getProperty("spring.datasource.url"))
				.isEqualTo("jdbc:postgresql://db.exemple.fr/novapec?password=secret");
			assertThat(beans.containsBean(DatabaseChoice.EMBEDDED_SERVER_BEAN)).isFalse();
			assertThat(output).containsOnlyOnce("Database chosen: jdbc:postgresql://db.exemple.fr/novapec, given by "
					+ "NOVAPEC_DB_URL").doesNotContain("secret");
		}
	}

	@Test
	void dockerComposeComesNextWhenAnEngineAnswers(CapturedOutput output) throws IOException {
		try (ServerSocket local = listening()) {
			StandardEnvironment environment = environment(Map.of(DockerComposeSwitch.DOCKER, "ENGINE",
					"novapec.database.local-port", local.getLocalPort()));

			choose(environment);

			assertThat(environment.getProperty("spring.datasource.url")).as("Docker Compose supplies the connection")
				.isNull();
			assertThat(output).containsOnlyOnce("Database chosen: the PostgreSQL of docker-compose.yml started by Docker "
					+ "Compose, because NOVAPEC_DB_URL is not set and a Docker engine answers");
		}
	}

	@Test
	void theLocalServerComesNextWhenItAnswers(CapturedOutput output) throws IOException {
		try (ServerSocket local = listening()) {
			int port = local.getLocalPort();
			StandardEnvironment environment = environment(
					Map.of(DockerComposeSwitch.DOCKER, "NO_ENGINE", "novapec.database.local-port", port));

			DefaultListableBeanFactory beans = choose(environment);

			assertThat(environment.getProperty("spring.datasource.url"))
				.isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/novapec");
			assertThat(beans.containsBean(DatabaseChoice.EMBEDDED_SERVER_BEAN)).isFalse();
			assertThat(output).containsOnlyOnce("Database chosen: the PostgreSQL server on 127.0.0.1:" + port
					+ ", because NOVAPEC_DB_URL is not set, no Docker engine answers and this server answers");
		}
	}

	@Test
	void withTheEmbeddedServerSwitchedOffThePortalTriesTheLocalServerAndSaysItDoesNotAnswer(CapturedOutput output)
			throws IOException {
		int port = portWhereNothingListens();
		StandardEnvironment environment = environment(Map.of(DockerComposeSwitch.DOCKER, "NO_ENGINE",
				"novapec.database.local-port", port, "novapec.database.embedded.enabled", "false",
				"novapec.database.embedded.dir", this.folder.toString()));

		DefaultListableBeanFactory beans = choose(environment);

		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/novapec");
		assertThat(beans.containsBean(DatabaseChoice.EMBEDDED_SERVER_BEAN)).isFalse();
		assertThat(this.folder).isEmptyDirectory();
		assertThat(output).containsOnlyOnce("Database chosen: the PostgreSQL server on 127.0.0.1:" + port
				+ ", though it does not answer, because NOVAPEC_DB_URL is not set, no Docker engine answers and the "
				+ "embedded PostgreSQL is switched off (NOVAPEC_EMBEDDED_DB=false)");
	}

	@Test
	void theDockerCommandWithoutAnEngineSwitchesDockerComposeOffAndSaysSo() {
		StandardEnvironment environment = environment(Map.of("spring.datasource.url", ""));
		new DockerComposeSwitch().postProcessEnvironment(environment, new SpringApplication());
		if (DockerComposeSwitch.dockerEngineAnswers()) {
			assertThat(environment.getProperty(DockerComposeSwitch.DOCKER)).isEqualTo("ENGINE");
			assertThat(environment.getProperty("spring.docker.compose.enabled")).isNull();
		}
		else {
			assertThat(environment.getProperty(DockerComposeSwitch.DOCKER)).isEqualTo("NO_ENGINE");
			assertThat(environment.getProperty("spring.docker.compose.enabled")).isEqualTo("false");
		}
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		// Nothing from the machine running the tests (a NOVAPEC_DB_URL of its own) takes part.
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().addFirst(new MapPropertySource("test", new HashMap<>(properties)));
		return environment;
	}

	private static DefaultListableBeanFactory choose(StandardEnvironment environment) {
		DatabaseChoice choice = new DatabaseChoice();
		choice.setEnvironment(environment);
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		choice.postProcessBeanFactory(beans);
		return beans;
	}

	private static ServerSocket listening() throws IOException {
		return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
	}

	private static int portWhereNothingListens() throws IOException {
		try (ServerSocket socket = listening()) {
			return socket.getLocalPort();
		}
	}

}
