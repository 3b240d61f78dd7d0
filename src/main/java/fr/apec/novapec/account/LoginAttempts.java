package fr.apec.novapec.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import fr.apec.novapec.shared.EmailAddresses;
import fr.apec.novapec.shared.Retention;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Lockout and throttling of logins, by e-mail address as {@link EmailAddresses#EmailAddresses.normalise(String)} reads it
 * (so that every spelling that reaches an account counts against the same lock), whether an account has
 * that address or not (so that neither tells whether an account exists), and shared by every instance
 * through PostgreSQL: after 6 wrong passwords an address is locked for 15 minutes; one address may make at
 * most 25 unsuccessful attempts in 15 minutes (successful logins do not count).
 */
@Service
public class LoginAttempts {

	public static final int FAILURES_BEFORE_LOCK = 6;

	public static final int ATTEMPTS_PER_WINDOW = 25;

	public static final Duration WINDOW = Duration.ofMinutes(15);

	/** Whether a login may be tried now, and if not, for how long it is refused. */
	public record Verdict(Kind kind, Duration retryAfter) {

		public enum Kind {

			ALLOWED, LOCKED, THROTTLED

		}

		static final Verdict ALLOWED = new Verdict(Kind.ALLOWED, Duration.ZERO);

	}

	private final JdbcClient jdbc;

	LoginAttempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether this address may try to log in now. */
	public Verdict verdict(String email) {
		String address = EmailAddresses.normalise(email);
		Instant now = Instant.now();
		Timestamp since = Timestamp.from(now.minus(WINDOW));
		Optional<Instant> oldestCounted = this.jdbc.sql("""
				select attempted_at from login_attempt
				where email = :email and outcome <> 'SUCCESS' and attempted_at > :since
				order by attempted_at desc offset :limit limit 1""")
			.param("email", address)
			.param("since", since)
			.param("limit", ATTEMPTS_PER_WINDOW - 1)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
		if (oldestCounted.isPresent()) {
			return new Verdict(Verdict.Kind.THROTTLED, remaining(oldestCounted.get(), now));
		}
		Optional<Instant> lockingFailure = this.jdbc.sql("""
				select attempted_at from login_attempt
				where email = :email and outcome = 'FAILURE' and attempted_at > :since
				  and attempted_at > coalesce((select max(s.attempted_at) from login_attempt s
				                               where s.email = :email and s.outcome = 'SUCCESS'), '-infinity')
				order by attempted_at desc offset :limit limit 1""")
			.param("email", address)
			.param("since", since)
			.param("limit", FAILURES_BEFORE_LOCK - 1)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
		return lockingFailure.map((failure) -> new Verdict(Verdict.Kind.LOCKED, remaining(failure, now)))
			.orElse(Verdict.ALLOWED);
	}

	/** Records a successful login; it also ends any lockout of the address. */
	public void succeeded(String email) {
		record(email, "SUCCESS");
	}

	/** Records a failed login (wrong password, unknown address, unverified account alike). */
	public void failed(String email) {
		record(email, "FAILURE");
	}

	/** Records an attempt turned away by the lockout or the throttle. */
	public void refused(String email) {
		record(email, "REFUSED");
	}

	/**
	 * Forgets attempts older than a day, once a night: they no longer count for anything, and the table
	 * would otherwise grow with every login.
	 * @return how many were forgotten
	 */
	@Scheduled(cron = "${novapec.login-attempts.cleanup-cron:0 17 3 * * *}", zone = "Europe/Paris")
	public int forgetOldAttempts() {
		return this.jdbc.sql("delete from login_attempt where attempted_at < now() - :kept * interval '1 second'")
			.param("kept", Retention.ABUSE_RECORDS.toSeconds())
			.update();
	}

	private void record(String email, String outcome) {
		this.jdbc.sql("insert into login_attempt (email, outcome) values (?, ?)")
			.params(EmailAddresses.normalise(email), outcome)
			.update();
	}

	private static Duration remaining(Instant counted, Instant now) {
		Duration left = Duration.between(now, counted.plus(WINDOW));
		return left.isNegative() ? Duration.ofSeconds(1) : left.plusSeconds(1).withNanos(0);
	}

}
