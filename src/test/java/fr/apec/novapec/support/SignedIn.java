package fr.apec.novapec.support;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.CurrentAccount;

/**
 * The {@link CurrentAccount} of a test's login, exactly as the server resolves it for a signed-in request,
 * for tests that call a service directly: {@code applications.submit(id, as(member), true)}. The fixtures
 * of every test context hand it their {@link AccountService} (all contexts share one database).
 */
public final class SignedIn {

	private static volatile AccountService accounts;

	private SignedIn() {
	}

	/** Called by the fixtures of each test context as it starts. */
	public static void use(AccountService service) {
		accounts = service;
	}

	/** The account with this login, as a service receives it. */
	public static CurrentAccount as(String login) {
		return accounts.current(login).orElseThrow(() -> new IllegalStateException("No account " + login));
	}

}
