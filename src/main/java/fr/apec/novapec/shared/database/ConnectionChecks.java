package fr.apec.novapec.shared.database;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pool checks every connection before lending it, however recently it was used: after a failover or a
 * restart of the database, whose connections then all die at once, no request meets a dead one (HikariCP
 * skips the check for a connection used in the last 500 ms unless told otherwise, and that setting exists
 * only as a system property, read when the pool opens). The check is one round trip to the server. Whatever
 * still fails (the database down for good) gets a 503 page, see the shared web package.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionChecks {

	static final String ALIVE_BYPASS_WINDOW = "com.zaxxer.hikari.aliveBypassWindowMs";

	@Bean
	static BeanPostProcessor checkEveryConnectionBeforeLendingIt() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource && System.getProperty(ALIVE_BYPASS_WINDOW) == null) {
					System.setProperty(ALIVE_BYPASS_WINDOW, "0");
				}
				return bean;
			}
		};
	}

}
