package fr.apec.novapec.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The sessions Spring Session keeps in PostgreSQL, ended by login: after a password, a role or an address
 * changes, or an account is disabled, so that it signs in again with what it now may do, or not at all.
 */
@Component
class Sessions {

	private final FindByIndexNameSessionRepository<?> repository;

	Sessions(FindByIndexNameSessionRepository<?> repository) {
		this.repository = repository;
	}

	/** Ends every session of this login but the one given (may be null: then every one). */
	void closeAll(String email, String keptSessionId) {
		this.repository.findByPrincipalName(email)
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keptSessionId))
			.forEach(this.repository::deleteById);
	}

}
