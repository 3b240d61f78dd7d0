package fr.apec.novapec.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AccountRepository extends Repository<Account, Long> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	Account save(Account account);

	Optional<Account> findById(long id);

	void flush();

	/**
	 * Creates an account, not verified, unless the address has one: two sign-ups at once make one account.
	 * A PostgreSQL upsert: JPA has none.
	 * @return 1 when it was created, 0 when the address was taken
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into account (email, password_hash, display_name) values (:email, :passwordHash, :displayName)
			on conflict (email) do nothing""")
	int insertUnlessEmailTaken(String email, String passwordHash, String displayName);

	/**
	 * Locks the rows of every account holding ADMIN, and of the target account, in the order of their ids, until
	 * the transaction ends: two administrators changing admins at once take turns, and the second counts the
	 * administrators left after the first committed (see StaffAdministration).
	 */
	@Query(nativeQuery = true, value = """
			select id from account
			where id = :target or id in (select account_id from account_role where role = 'ADMIN')
			order by id for update""")
	List<Long> lockAdministratorsAnd(long target);

	/** How many enabled accounts hold ADMIN, read from the database (not from loaded entities). */
	@Query(nativeQuery = true, value = """
			select count(*) from account a join account_role r on r.account_id = a.id
			where r.role = 'ADMIN' and a.enabled""")
	long countEnabledAdministrators();

	/** The names of these accounts, in one query (not the entities: their roles would cost one each). */
	@Query("select new fr.apec.novapec.account.AccountName(a.id, a.email, a.displayName, a.enabled) from Account a where a.id in :ids")
	List<AccountName> names(Collection<Long> ids);

	/** The enabled accounts holding this role, by name, in one query. */
	@Query("""
			select new fr.apec.novapec.account.AccountName(a.id, a.email, a.displayName, a.enabled)
			from Account a join a.roles r where r = :role and a.enabled = true order by a.displayName, a.id""")
	List<AccountName> enabledWithRole(Role role);

}
