package fr.apec.novapec.account;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface AccountRepository extends Repository<Account, Long> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	Account save(Account account);

	Optional<Account> findById(long id);

}
