package fr.apec.novapec.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import fr.apec.novapec.shared.LinkTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The single-use links sent by mail. A token is 32 random bytes; only its SHA-256 is stored, and it is
 * consumed by one atomic update, so a double click or a replay finds it used.
 */
@Repository
class AccountTokens {

	enum Purpose {

		VERIFY_EMAIL, RESET_PASSWORD, CHANGE_EMAIL, INVITATION

	}

	/** What a consumed token stood for. */
	record Redeemed(long accountId, String newEmail) {
	}

	private final JdbcClient jdbc;

	AccountTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Issues a token for the account and returns it; the caller puts it in a link and forgets it. */
	String issue(long accountId, Purpose purpose, Duration validity, String newEmail) {
		String token = LinkTokens.newToken();
		Instant now = Instant.now();
		this.jdbc.sql("""
				insert into account_token (account_id, purpose, token_hash, new_email, created_at, expires_at)
				values (:account, :purpose, :hash, :newEmail, :now, :expires)""")
			.param("account", accountId)
			.param("purpose", purpose.name())
			.param("hash", LinkTokens.hash(token))
			.param("newEmail", newEmail)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(validity)))
			.update();
		return token;
	}

	/** Marks the token used if it is valid (right purpose, unused, unexpired) and says what it stood for. */
	Optional<Redeemed> redeem(String token, Purpose purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				update account_token set used_at = now()
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > now()
				returning account_id, new_email""")
			.param("hash", LinkTokens.hash(token))
			.param("purpose", purpose.name())
			.query((rs, row) -> new Redeemed(rs.getLong("account_id"), rs.getString("new_email")))
			.optional();
	}

	/** The account of a token that could be redeemed now, without using it (to show a form that names it). */
	Optional<Long> peek(String token, Purpose purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select account_id from account_token
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > now()""")
			.param("hash", LinkTokens.hash(token))
			.param("purpose", purpose.name())
			.query(Long.class)
			.optional();
	}

	/** Whether the token could be redeemed now, without using it (to show a form). */
	boolean isRedeemable(String token, Purpose purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return false;
		}
		return this.jdbc.sql("""
				select count(*) from account_token
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > now()""")
			.param("hash", LinkTokens.hash(token))
			.param("purpose", purpose.name())
			.query(Long.class)
			.single() > 0;
	}

	/** Cancels the account's other unused tokens of that purpose (a new link replaces the old ones). */
	void revokeAll(long accountId, Purpose purpose) {
		this.jdbc.sql("update account_token set used_at = now() where account_id = ? and purpose = ? and used_at is null")
			.params(accountId, purpose.name())
			.update();
	}

}
