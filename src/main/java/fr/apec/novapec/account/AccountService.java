package fr.apec.novapec.account;

import java.util.Locale;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and answers who an account is. */
@Service
public class AccountService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * Creates an account whose password is hashed here; the e-mail address is stored in lower case.
	 * @return the new account's id
	 * @throws org.springframework.dao.DataIntegrityViolationException when the address is taken
	 */
	@Transactional
	public long createAccount(String email, String rawPassword, String displayName, Set<Role> roles) {
		Account account = new Account(normalise(email), this.passwordEncoder.encode(rawPassword), displayName.trim(),
				roles);
		return this.accounts.save(account).getId();
	}

	/** Whether an account exists with this e-mail address, whatever its case. */
	@Transactional(readOnly = true)
	public boolean exists(String email) {
		return this.accounts.existsByEmail(normalise(email));
	}

	/** The display name of the account with this login, or the login itself when it has none. */
	@Transactional(readOnly = true)
	public String displayName(String email) {
		return this.accounts.findByEmail(normalise(email)).map(Account::getDisplayName).orElse(email);
	}

	static String normalise(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

}
