package fr.apec.novapec.organisation;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static fr.apec.novapec.support.Races.await;
import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A request to join is decided once: of two members deciding at the same time, the second is told that
 * it was decided already, and the first decision stands. The first decision is held uncommitted while the
 * second is made, so that the two transactions overlap.
 */
@IntegrationTest
class JoinRequestDecisionRaceTests {

	@Autowired
	OrganisationService organisations;

	@Autowired
	MembershipService memberships;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestOrganisations test;

	@Test
	void ofTwoMembersDecidingAtOnceOnlyTheFirstDecisionStands() throws Exception {
		String accepting = this.test.newApplicant("Alice Accepte");
		String refusing = this.test.newApplicant("Bruno Refuse");
		long id = this.test.newOrganisation(accepting, "Décision unique");
		this.test.addMember(id, refusing);
		String requester = this.test.newApplicant("Chloé Demande");
		String siret = this.organisations.details(id, as(accepting)).siret();
		this.memberships.askToJoin(as(requester), new Siret(siret));
		long requestId = this.memberships.pendingJoinRequests(id, as(accepting)).get(0).id();

		CountDownLatch firstDecided = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = executor.submit(() -> this.transactions.executeWithoutResult((status) -> {
				this.memberships.acceptJoinRequest(id, requestId, as(accepting));
				firstDecided.countDown();
				await(secondStarted);
				sleep();
			}));
			Future<?> second = executor.submit(() -> {
				await(firstDecided);
				secondStarted.countDown();
				this.memberships.refuseJoinRequest(id, requestId, as(refusing));
			});
			first.get(30, TimeUnit.SECONDS);
			assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> second.get(30, TimeUnit.SECONDS))
				.withCauseInstanceOf(JoinRequestAlreadyDecidedException.class);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.jdbc.sql("select status from join_request where id = ?").param(requestId).query(String.class)
			.single()).isEqualTo("ACCEPTED");
		assertThat(this.organisations.isMember(id, as(requester).id())).isTrue();
	}

	private static void sleep() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
