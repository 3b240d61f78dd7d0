package fr.apec.novapec.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import fr.apec.novapec.shared.LinkTokens;

import org.springframework.stereotype.Component;

/**
 * The single-use links sent by mail. A token is 32 random bytes; only its SHA-256 is stored (an
 * {@link AccountToken}), and it is used under a lock, so a double click or a replay finds it used.
 */
@Component
class AccountTokens {

	enum Purpose {

		VERIFY_EMAIL, RESET_PASSWORD, CHANGE_EMAIL, INVITATION

	}

	/** What a consumed token stood for. */
	record Redeemed(long accountId, String newEmail) {
	}

	private final AccountTokenRepository tokens;

	AccountTokens(AccountTokenRepository tokens) {
		this.tokens = tokens;
	}

	/** Issues a token for the account and returns it; the caller puts it in a link and forgets it. */
	String issue(long accountId, Purpose purpose, Duration validity, String newEmail) {
		String token = LinkTokens.newToken();
		Instant now = Instant.now();
		this.tokens.save(new AccountToken(accountId, purpose, LinkTokens.hash(token), newEmail, now, validity));
		return token;
	}

	/** Marks the token used if it is valid (right purpose, unused, unexpired) and says what it stood for. */
	Optional<Redeemed> redeem(String token, Purpose purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.tokens.findUsableForUpdate(LinkTokens.hash(token), purpose, Instant.now()).map((found) -> {
			found.use(Instant.now());
			return new Redeemed(found.accountId(), found.newEmail());
		});
	}

	/** The account of a token that could be redeemed now, without using it (to show a form that names it). */
	Optional<Long> peek(String token, Purpose purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.tokens.findUsable(LinkTokens.hash(token), purpose, Instant.now()).map(AccountToken::accountId);
	}

	/** Whether the token could be redeemed now, without using it (to show a form). */
	boolean isRedeemable(String token, Purpose purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return false;
		}
		return this.tokens.findUsable(LinkTokens.hash(token), purpose, Instant.now()).isPresent();
	}

	/** Cancels the account's other unused tokens of that purpose (a new link replaces the old ones). */
	void revokeAll(long accountId, Purpose purpose) {
		this.tokens.useAll(accountId, purpose, Instant.now());
	}

}
