package fr.apec.novapec.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import fr.apec.novapec.organisation.TestOrganisations;
import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * One client address may make a limited number of the requests that check a password or mail an address
 * someone typed, whatever addresses it tries: password spraying and mail bombing stop at the limit, with
 * 429 and Retry-After, while other clients go on.
 */
@IntegrationTest
class ClientLimitsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestOrganisations test;

	@Test
	void aClientThatTriesThirtyLoginsOnThirtyAddressesInFiveMinutesGets429WithRetryAfterOnTheNext() throws Exception {
		RequestPostProcessor client = newClient();
		for (int i = 1; i <= 30; i++) {
			MockHttpServletResponse response = login(client, "pulverisation-" + UUID.randomUUID() + "@exemple.fr");
			assertThat(response.getStatus()).as("login " + i).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).isEqualTo("/connexion?erreur");
		}
		MockHttpServletResponse refused = login(client, "pulverisation-" + UUID.randomUUID() + "@exemple.fr");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 5L * 60);

		assertThat(login(newClient(), "autre-" + UUID.randomUUID() + "@exemple.fr").getStatus())
			.as("another client goes on").isEqualTo(302);

		// Five minutes later the client may try again.
		this.jdbc.sql("update client_request set requested_at = requested_at - interval '6 minutes' where client_address = ?")
			.param(addressOf(client)).update();
		assertThat(login(client, "pulverisation-" + UUID.randomUUID() + "@exemple.fr").getStatus()).isEqualTo(302);
	}

	@ParameterizedTest
	@CsvSource({ "/inscription, 20", "/inscription/renvoyer, 10", "/mot-de-passe-oublie, 10" })
	void aClientMaySignUpOrAskForLinksOnlyAFewTimesAnHourWhateverTheAddresses(String path, int limit) throws Exception {
		RequestPostProcessor client = newClient();
		for (int i = 1; i <= limit; i++) {
			assertThat(send(client, post(path).param("email", "courrier-" + UUID.randomUUID() + "@exemple.fr"))
				.getStatus()).as(path + " " + i).isNotEqualTo(429);
		}
		MockHttpServletResponse refused = send(client,
				post(path).param("email", "courrier-" + UUID.randomUUID() + "@exemple.fr"));
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 3600L);
	}

	@Test
	void aClientMayAskForTenChangesOfAddressAnHour() throws Exception {
		String member = this.test.newApplicant("Martin Changeant");
		RequestPostProcessor client = newClient();
		for (int i = 1; i <= 10; i++) {
			assertThat(send(client, post("/compte/email").param("newEmail", "nouvelle-" + UUID.randomUUID() + "@exemple.fr")
				.param("currentPassword", "pas le bon").with(user(member).roles("APPLICANT"))).getStatus()).isNotEqualTo(429);
		}
		assertThat(send(client, post("/compte/email").param("newEmail", "nouvelle@exemple.fr")
			.param("currentPassword", "pas le bon").with(user(member).roles("APPLICANT"))).getStatus()).isEqualTo(429);
	}

	@Test
	void aClientMayInviteThirtyAddressesAnHourAndAskToJoinTwentyOrganisations() throws Exception {
		String member = this.test.newApplicant("Inès Invitante");
		long id = this.test.newOrganisation(member, "Les Invitations limitées");
		RequestPostProcessor client = newClient();
		for (int i = 1; i <= 30; i++) {
			assertThat(send(client, post("/espace/organisation/" + id + "/invitations").param("email", "pas une adresse")
				.with(user(member).roles("APPLICANT"))).getStatus()).isNotEqualTo(429);
		}
		assertThat(send(client, post("/espace/organisation/" + id + "/invitations").param("email", "x@exemple.fr")
			.with(user(member).roles("APPLICANT"))).getStatus()).isEqualTo(429);

		for (int i = 1; i <= 20; i++) {
			assertThat(send(client, post("/espace/organisation/demandes").param("siret", "1")
				.with(user(member).roles("APPLICANT"))).getStatus()).isNotEqualTo(429);
		}
		assertThat(send(client, post("/espace/organisation/demandes").param("siret", "1")
			.with(user(member).roles("APPLICANT"))).getStatus()).isEqualTo(429);
	}

	@Test
	void requestsArrivingTogetherFromOneClientNeverPassTheLimit() throws Exception {
		RequestPostProcessor client = newClient();
		int clients = 30;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				statuses.add(pool.submit(() -> {
					start.await();
					return send(client, post("/mot-de-passe-oublie").param("email",
							"ensemble-" + UUID.randomUUID() + "@exemple.fr")).getStatus();
				}));
			}
			start.countDown();
			int passed = 0;
			for (Future<Integer> status : statuses) {
				passed += (status.get() == 429) ? 0 : 1;
			}
			assertThat(passed).isEqualTo(10);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("select count(*) from client_request where client_address = ?")
			.param(addressOf(client)).query(Long.class).single()).isEqualTo(10);
	}

	private MockHttpServletResponse login(RequestPostProcessor client, String email) throws Exception {
		return send(client, post("/connexion").param("email", email).param("password", "un mot de passe au hasard"));
	}

	private MockHttpServletResponse send(RequestPostProcessor client, MockHttpServletRequestBuilder request)
			throws Exception {
		return this.mvc.perform(request.with(csrf()).with(client)).andReturn().getResponse();
	}

	/** A client address of the documentation range, new for each test. */
	private static RequestPostProcessor newClient() {
		String address = "198.51." + ThreadLocalRandom.current().nextInt(256) + "."
				+ ThreadLocalRandom.current().nextInt(256);
		return new Client(address);
	}

	private static String addressOf(RequestPostProcessor client) {
		return ((Client) client).address();
	}

	private record Client(String address) implements RequestPostProcessor {

		@Override
		public org.springframework.mock.web.MockHttpServletRequest postProcessRequest(
				org.springframework.mock.web.MockHttpServletRequest request) {
			request.setRemoteAddr(this.address);
			return request;
		}

	}

}
