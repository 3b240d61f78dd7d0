package fr.apec.novapec.shared.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates the portal's PostgreSQL database when it does not exist yet, so that a newcomer starts the
 * portal with one command and no manual database step. It runs before the connection pool opens and
 * before Flyway, through the server's maintenance database {@code postgres}. Switched off in
 * production with {@code NOVAPEC_DB_CREATE_IF_MISSING=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "novapec.database.create-if-missing")
class LocalDatabaseCreator {

	private static final Logger log = LoggerFactory.getLogger(LocalDatabaseCreator.class);

	private static final Pattern POSTGRES_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?$");

	@Bean
	static BeanPostProcessor createDatabaseBeforeThePoolOpens() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null) {
					createIfMissing(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
				}
				return bean;
			}
		};
	}

	static void createIfMissing(String jdbcUrl, String user, String password) {
		Matcher url = POSTGRES_URL.matcher(jdbcUrl);
		if (!url.matches()) {
			return;
		}
		String database = url.group(2);
		String maintenanceUrl = url.group(1) + "postgres" + (url.group(3) != null ? url.group(3) : "");
		try (Connection connection = DriverManager.getConnection(maintenanceUrl, user, password)) {
			if (exists(connection, database)) {
				return;
			}
			try (Statement statement = connection.createStatement()) {
				// The name matched [A-Za-z0-9_]+ above, so quoting it is safe.
				statement.execute("create database \"" + database + "\"");
			}
			log.info("Created the PostgreSQL database {} on {}", database, url.group(1));
		}
		catch (SQLException ex) {
			// The pool will report the real problem (server down, wrong password) when it connects.
			log.warn("Could not check or create the database {} through {}: {}", database, maintenanceUrl,
					ex.getMessage());
		}
	}

	private static boolean exists(Connection connection, String database) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			query.setString(1, database);
			try (ResultSet rows = query.executeQuery()) {
				return rows.next();
			}
		}
	}

}
