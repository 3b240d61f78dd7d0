package fr.apec.novapec.shared.database;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Map;

import fr.apec.novapec.shared.database.DockerComposeSwitch.Docker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Chooses the portal's database, in this order, and says in one log line which one it took and why:
 * <ol>
 * <li>{@code spring.datasource.url} when it is set ({@code NOVAPEC_DB_URL}, or a test's database);</li>
 * <li>the PostgreSQL of {@code docker-compose.yml} when a Docker engine answers ({@link DockerComposeSwitch});</li>
 * <li>the PostgreSQL server on 127.0.0.1:5432 ({@code novapec.database.local-host}, {@code local-port}) when it
 * answers;</li>
 * <li>otherwise, unless {@code NOVAPEC_EMBEDDED_DB=false}, an {@link EmbeddedPostgresServer} on a free loopback
 * port with its data in {@code NOVAPEC_EMBEDDED_DB_DIR}, stopped when the context closes.</li>
 * </ol>
 * It runs once the context has its final settings (a test's initializers included) and before any bean is
 * created, so the connection pool, Flyway and the sessions all get the database chosen here.
 */
@Component
class DatabaseChoice implements BeanFactoryPostProcessor, EnvironmentAware {

	private static final Logger log = LoggerFactory.getLogger(DatabaseChoice.class);

	/** The database the portal uses on a local server or the embedded one. */
	static final String DATABASE = "novapec";

	static final String EMBEDDED_SERVER_BEAN = "novapecEmbeddedPostgres";

	private ConfigurableEnvironment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = (ConfigurableEnvironment) environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		String given = this.environment.getProperty("spring.datasource.url");
		if (StringUtils.hasText(given)) {
			log.info("Database chosen: {}, given by {}", withoutParameters(given),
					StringUtils.hasText(this.environment.getProperty("NOVAPEC_DB_URL")) ? "NOVAPEC_DB_URL"
							: "spring.datasource.url");
			return;
		}
		Docker docker = this.environment.getProperty(DockerComposeSwitch.DOCKER, Docker.class, Docker.SWITCHED_OFF);
		if (docker == Docker.ENGINE) {
			log.info("Database chosen: the PostgreSQL of docker-compose.yml started by Docker Compose, because NOVAPEC_DB_URL "
					+ "is not set and a Docker engine answers");
			return;
		}
		String noDocker = (docker == Docker.NO_ENGINE) ? "no Docker engine answers" : "Docker Compose is switched off";
		String host = this.environment.getProperty("novapec.database.local-host", "127.0.0.1");
		int port = this.environment.getProperty("novapec.database.local-port", Integer.class, 5432);
		String localUrl = "jdbc:postgresql://" + host + ":" + port + "/" + DATABASE;
		if (answers(host, port)) {
			use(localUrl, null);
			log.info("Database chosen: the PostgreSQL server on {}:{}, because NOVAPEC_DB_URL is not set, {} and this server "
					+ "answers", host, port, noDocker);
			return;
		}
		if (!this.environment.getProperty("novapec.database.embedded.enabled", Boolean.class, true)) {
			use(localUrl, null);
			log.warn("Database chosen: the PostgreSQL server on {}:{}, though it does not answer, because NOVAPEC_DB_URL is "
					+ "not set, {} and the embedded PostgreSQL is switched off (NOVAPEC_EMBEDDED_DB=false)", host, port,
					noDocker);
			return;
		}
		Path directory = Path.of(this.environment.getRequiredProperty("novapec.database.embedded.dir"));
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, DATABASE);
		beanFactory.registerSingleton(EMBEDDED_SERVER_BEAN, server);
		if (beanFactory instanceof DefaultListableBeanFactory registry) {
			// Stopped when the context closes, after the connection pool that uses it.
			registry.registerDisposableBean(EMBEDDED_SERVER_BEAN, server);
			registry.registerDependentBean(EMBEDDED_SERVER_BEAN, "dataSource");
		}
		use(server.jdbcUrl(DATABASE), server);
		log.info("Database chosen: an embedded PostgreSQL 16 on 127.0.0.1:{} with its data in {} (for development only), "
				+ "because NOVAPEC_DB_URL is not set, {} and nothing answers on {}:{}", server.port(),
				server.dataDirectory(), noDocker, host, port);
	}

	private void use(String url, EmbeddedPostgresServer embedded) {
		Map<String, Object> properties = (embedded != null)
				? Map.of("spring.datasource.url", url, "spring.datasource.username", embedded.username(),
						"spring.datasource.password", embedded.password())
				: Map.of("spring.datasource.url", url);
		this.environment.getPropertySources().addFirst(new MapPropertySource("novapecDatabaseChoice", properties));
	}

	static boolean answers(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String withoutParameters(String url) {
		int query = url.indexOf('?');
		return (query < 0) ? url : url.substring(0, query);
	}

}
