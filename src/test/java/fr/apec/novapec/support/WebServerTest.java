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
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole portal in the real servlet container on a random port, against the real PostgreSQL test
 * database, for tests that go through a real browser or HTTP client (inject the port with
 * {@code @LocalServerPort}). Every such test carries the same configuration, so Spring builds that
 * context once for all of them. The fixtures ({@link TestOrganisations}, {@link TestApplications}) are
 * beans of it: inject them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		// Every browser of these tests comes from 127.0.0.1: the limits per client address would stop the suite,
		// not an attacker. ClientLimitsTests proves them with MockMvc.
		properties = { "novapec.mail.send-interval=1h", "novapec.client-limits.login.requests=100000",
				"novapec.client-limits.sign-up.requests=100000", "novapec.client-limits.password-reset.requests=100000",
				"novapec.client-limits.verification-resend.requests=100000",
				"novapec.client-limits.email-change.requests=100000", "novapec.client-limits.invitation.requests=100000",
				"novapec.client-limits.join-request.requests=100000" })
@ContextConfiguration(initializers = { TestDatabase.class, TestMail.class })
@Import({ TestOrganisations.class, TestApplications.class, TestAwards.class })
public @interface WebServerTest {

}
