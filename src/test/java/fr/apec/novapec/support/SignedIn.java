package fr.apec.novapec.support;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

import javax.sql.DataSource;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.CurrentAccount;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@link CurrentAccount} of a test's login, exactly as the server resolves it for a signed-in request,
 * for tests that call a service directly: {@code applications.submit(id, as(member), true)}. The fixtures
 * of every test context register their {@link AccountService}; the one asked is that of the context whose
 * transaction this thread is in (a {@code @Transactional} test sees the accounts it has not committed yet),
 * otherwise the last context started (all contexts share one database).
 */
public final class SignedIn {

	private static final Deque<Context> CONTEXTS = new ConcurrentLinkedDeque<>();

	private SignedIn() {
	}

	/** Called by the fixtures of each test context as it starts. */
	public static void use(AccountService accounts, DataSource dataSource) {
		CONTEXTS.addFirst(new Context(accounts, dataSource));
	}

	/** The account with this login, as a service receives it. */
	public static CurrentAccount as(String login) {
		AccountService accounts = CONTEXTS.stream()
			.filter((context) -> TransactionSynchronizationManager.hasResource(context.dataSource()))
			.findFirst()
			.or(() -> CONTEXTS.stream().findFirst())
			.orElseThrow(() -> new IllegalStateException("No test context has started"))
			.accounts();
		return accounts.current(login).orElseThrow(() -> new IllegalStateException("No account " + login));
	}

	private record Context(AccountService accounts, DataSource dataSource) {
	}

}
