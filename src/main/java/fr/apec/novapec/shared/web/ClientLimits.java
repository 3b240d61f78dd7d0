package fr.apec.novapec.shared.web;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import fr.apec.novapec.shared.Retention;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many requests of one kind a client address may make in a window, counted in PostgreSQL so that the
 * limit holds across every instance. The count and the record happen under a transaction-scoped advisory
 * lock on the (kind, address) pair, so that requests arriving together cannot all slip under the limit.
 */
@Component
class ClientLimits {

	private final JdbcClient jdbc;

	ClientLimits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a request of this kind from this address if the limit allows it.
	 * @return empty when the request may go on; otherwise how long until it would be allowed
	 */
	@Transactional
	Optional<Duration> acquire(String action, String clientAddress, int limit, Duration window) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.param("key", "client-limit:" + action + ":" + clientAddress)
			.query((rs, row) -> 1)
			.single();
		Instant now = this.jdbc.sql("select statement_timestamp()")
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.single();
		Optional<Instant> oldestCounted = this.jdbc.sql("""
				select requested_at from client_request
				where action = :action and client_address = :client and requested_at > :since
				order by requested_at desc offset :skip limit 1""")
			.param("action", action)
			.param("client", clientAddress)
			.param("since", Timestamp.from(now.minus(window)))
			.param("skip", limit - 1)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
		if (oldestCounted.isPresent()) {
			Duration left = Duration.between(now, oldestCounted.get().plus(window));
			return Optional.of(left.isNegative() ? Duration.ofSeconds(1) : left.plusSeconds(1).withNanos(0));
		}
		this.jdbc.sql("insert into client_request (client_address, action, requested_at) values (?, ?, ?)")
			.params(clientAddress, action, Timestamp.from(now))
			.update();
		return Optional.empty();
	}

	/**
	 * Forgets requests older than a day, once a night: no limit looks back that far.
	 * @return how many were forgotten
	 */
	@Scheduled(cron = "${novapec.client-limits.cleanup-cron:0 27 3 * * *}", zone = "Europe/Paris")
	int forgetOldRequests() {
		return this.jdbc.sql("delete from client_request where requested_at < now() - :kept * interval '1 second'")
			.param("kept", Retention.ABUSE_RECORDS.toSeconds())
			.update();
	}

}
