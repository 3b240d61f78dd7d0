package fr.apec.novapec.account;

import fr.apec.novapec.shared.EmailAddresses;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads an account for Spring Security's form login; the login is the e-mail address. */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		Account account = this.accounts.findByEmail(EmailAddresses.normalise(email))
			.orElseThrow(() -> new UsernameNotFoundException("No account for this login"));
		return User.withUsername(account.getEmail())
			.password(account.getPasswordHash())
			.disabled(!account.isEnabled())
			// Checked after the password, unlike "disabled": only someone who knows the password learns that
			// the address is not confirmed yet (see SecurityConfiguration's failure handler).
			.credentialsExpired(!account.isEmailVerified())
			.authorities(account.getRoles().stream().map(Role::authority).toArray(String[]::new))
			.build();
	}

}
