package fr.apec.novapec.shared.database;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Lets spring-boot-docker-compose start {@code docker-compose.yml} only when a Docker engine answers.
 * Where the {@code docker} command exists but no engine runs, Spring Boot would refuse to start; here
 * the portal falls back to the local PostgreSQL server instead. An explicit
 * {@code spring.docker.compose.enabled} always wins.
 */
class DockerComposeSwitch implements EnvironmentPostProcessor {

	private static final String ENABLED = "spring.docker.compose.enabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(ENABLED)
				|| !ClassUtils.isPresent("org.springframework.boot.docker.compose.lifecycle.DockerComposeProperties",
						getClass().getClassLoader())) {
			return;
		}
		if (!dockerEngineAnswers()) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("novapecDockerComposeSwitch", Map.of(ENABLED, "false")));
		}
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
