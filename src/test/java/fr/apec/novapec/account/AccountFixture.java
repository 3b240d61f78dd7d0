package fr.apec.novapec.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** Accounts made straight in the database for tests that need one ready to log in. */
class AccountFixture {

	private final JdbcClient jdbc;

	AccountFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long verified(String email, String password) {
		long id = this.jdbc.sql("""
				insert into account (email, password_hash, display_name, email_verified_at)
				values (?, ?, 'Camille Martin', now()) returning id""")
			.params(email, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password))
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into account_role (account_id, role) values (?, 'APPLICANT')").param(id).update();
		return id;
	}

}
