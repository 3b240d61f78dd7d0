package fr.apec.novapec.account;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AccountTokenRepository extends Repository<AccountToken, Long> {

	AccountToken save(AccountToken token);

	String USABLE = """
			select t from AccountToken t
			where t.tokenHash = :hash and t.purpose = :purpose and t.usedAt is null and t.expiresAt > :now""";

	/**
	 * The token, if it can be used now, locked until the transaction ends: a second click waits for the first,
	 * then finds it used.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query(USABLE)
	Optional<AccountToken> findUsableForUpdate(String hash, AccountTokens.Purpose purpose, Instant now);

	@Query(USABLE)
	Optional<AccountToken> findUsable(String hash, AccountTokens.Purpose purpose, Instant now);

	/** Uses every unused link of this purpose of the account (a new one replaces them). */
	@Modifying(flushAutomatically = true)
	@Query("""
			update AccountToken t set t.usedAt = :now
			where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null""")
	int useAll(long accountId, AccountTokens.Purpose purpose, Instant now);

}
