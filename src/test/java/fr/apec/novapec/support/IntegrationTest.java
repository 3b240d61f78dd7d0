package fr.apec.novapec.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.budget.TestAwards;
import fr.apec.novapec.organisation.TestOrganisations;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole portal against the real PostgreSQL test database, with MockMvc. Every integration test
 * carries the same configuration, so Spring builds the context once for the whole suite. The fixtures
 * ({@link TestOrganisations}, {@link TestApplications}, {@link TestLaureates}) are beans of it: inject them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "novapec.admin.email=" + IntegrationTest.ADMIN_EMAIL,
		"novapec.admin.password=" + IntegrationTest.ADMIN_PASSWORD, "novapec.mail.send-interval=1h" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = { TestDatabase.class, TestMail.class })
@Import({ StatementCounter.Configuration.class, DistinctClients.class, TestOrganisations.class, TestApplications.class,
		TestLaureates.class, TestAwards.class })
public @interface IntegrationTest {

	/** The first administrator, as NOVAPEC_ADMIN_EMAIL would give it. */
	String ADMIN_EMAIL = "admin@novapec.test";

	/** Its password, as NOVAPEC_ADMIN_PASSWORD would give it. */
	String ADMIN_PASSWORD = "un-mot-de-passe-assez-long";

}
