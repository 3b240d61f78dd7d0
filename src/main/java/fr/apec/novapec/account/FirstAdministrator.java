package fr.apec.novapec.account;

import java.util.EnumSet;

import fr.apec.novapec.shared.EmailAddresses;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from NOVAPEC_ADMIN_EMAIL and NOVAPEC_ADMIN_PASSWORD at start-up,
 * once: an existing account with that address is never changed, so restarting with other values does
 * not reset anyone's password. The code holds no default password.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	static final int MINIMUM_PASSWORD_LENGTH = 12;

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountService accounts;

	private final String email;

	private final String password;

	FirstAdministrator(AccountService accounts, @Value("${novapec.admin.email:}") String email,
			@Value("${novapec.admin.password:}") String password) {
		this.accounts = accounts;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.email.isBlank() || this.password.isEmpty()) {
			log.info("No first administrator configured (NOVAPEC_ADMIN_EMAIL and NOVAPEC_ADMIN_PASSWORD are not both set)");
			return;
		}
		if (this.accounts.exists(this.email)) {
			return;
		}
		if (this.password.length() < MINIMUM_PASSWORD_LENGTH || !this.email.contains("@")) {
			log.error("First administrator not created: NOVAPEC_ADMIN_EMAIL must be an e-mail address and "
					+ "NOVAPEC_ADMIN_PASSWORD at least {} characters long", MINIMUM_PASSWORD_LENGTH);
			return;
		}
		try {
			String name = this.email.substring(0, this.email.indexOf('@')).trim();
			this.accounts.createAccount(this.email, this.password, name.isEmpty() ? this.email : name,
					EnumSet.of(Role.ADMIN, Role.STAFF));
			log.info("Created the first administrator {}", EmailAddresses.normalise(this.email));
		}
		catch (DataIntegrityViolationException ex) {
			// Another instance created it at the same moment: that one stands.
		}
	}

}
