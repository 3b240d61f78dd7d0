package fr.apec.novapec.shared.database;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Lets spring-boot-docker-compose start {@code docker-compose.yml} only when no database is given
 * ({@code NOVAPEC_DB_URL}) and a Docker engine answers. Where the {@code docker} command exists but no engine
 * runs, Spring Boot would refuse to start; here the portal goes on to the next choice instead (see
 * {@link DatabaseChoice}). An explicit {@code spring.docker.compose.enabled} always wins. It has to run this
 * early, before the context exists, because Docker Compose starts before the beans; it leaves what it found in
 * {@value #DOCKER} for {@link DatabaseChoice} to say.
 */
class DockerComposeSwitch implements EnvironmentPostProcessor {

	/** What this switch found: one of the {@link Docker} names. */
	static final String DOCKER = "novapec.database.docker";

	enum Docker {

		/** A database URL was given: Docker Compose is not asked. */
		NOT_ASKED,
		/** {@code spring.docker.compose.enabled} set by hand, or spring-boot-docker-compose absent. */
		SWITCHED_OFF,
		/** No Docker engine answers. */
		NO_ENGINE,
		/** An engine answers: Docker Compose supplies the database. */
		ENGINE

	}

	private static final String ENABLED = "spring.docker.compose.enabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Docker docker = decide(environment);
		Map<String, Object> properties = (docker == Docker.NOT_ASKED || docker == Docker.NO_ENGINE)
				? Map.of(DOCKER, docker.name(), ENABLED, "false") : Map.of(DOCKER, docker.name());
		environment.getPropertySources().addLast(new MapPropertySource("novapecDockerComposeSwitch", properties));
	}

	private Docker decide(ConfigurableEnvironment environment) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return Docker.NOT_ASKED;
		}
		if (!ClassUtils.isPresent("org.springframework.boot.docker.compose.lifecycle.DockerComposeProperties",
				getClass().getClassLoader())) {
			return Docker.SWITCHED_OFF;
		}
		if (environment.containsProperty(ENABLED)) {
			return environment.getProperty(ENABLED, Boolean.class, true) ? Docker.ENGINE : Docker.SWITCHED_OFF;
		}
		return dockerEngineAnswers() ? Docker.ENGINE : Docker.NO_ENGINE;
	}

	static boolean dockerEngineAnswers() {
		try {
			Process process = new ProcessBuilder("docker", "info", "--format", "{{.ServerVersion}}")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return false;
			}
			return process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
