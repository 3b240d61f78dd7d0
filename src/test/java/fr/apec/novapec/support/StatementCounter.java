package fr.apec.novapec.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements that the current thread prepares or creates, so that a test can prove that
 * a page runs a fixed number of queries (MockMvc serves a request on the test's own thread).
 */
public final class StatementCounter {

	private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

	private static final Set<String> STATEMENT_FACTORIES = Set.of("prepareStatement", "createStatement",
			"prepareCall");

	private StatementCounter() {
	}

	public static void reset() {
		COUNT.get()[0] = 0;
	}

	public static long count() {
		return COUNT.get()[0];
	}

	static DataSource counting(DataSource target) {
		return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
					Object result = invoke(target, method, args);
					return (result instanceof Connection connection) ? counting(connection) : result;
				});
	}

	private static Connection counting(Connection target) {
		return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					if (STATEMENT_FACTORIES.contains(method.getName())) {
						COUNT.get()[0]++;
					}
					return invoke(target, method, args);
				});
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/** Wraps the application's DataSource once it is initialised. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass()))
							? counting(dataSource) : bean;
				}
			};
		}

	}

}
