package fr.apec.novapec.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.apec.novapec.account.AccountTokens.Purpose;
import fr.apec.novapec.shared.EmailAddresses;
import fr.apec.novapec.shared.mail.MailOutbox;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: creation, sign-up with e-mail verification, password reset, and the changes a person makes
 * to their own account. No answer here tells a stranger whether an address has an account: the mail
 * goes to the address, the page says the same either way.
 */
@Service
public class AccountService {

	public static final Duration VERIFICATION_VALIDITY = Duration.ofHours(24);

	public static final Duration RESET_VALIDITY = Duration.ofHours(1);

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AccountTokens tokens;

	private final MailOutbox mail;

	private final LoginAttempts attempts;

	private final AccountQueries queries;

	private final Sessions sessions;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AccountTokens tokens, MailOutbox mail,
			LoginAttempts attempts, AccountQueries queries, Sessions sessions) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.tokens = tokens;
		this.mail = mail;
		this.attempts = attempts;
		this.queries = queries;
		this.sessions = sessions;
	}

	/**
	 * Creates an account whose address counts as verified (administrators, tests); the password is hashed
	 * here and the address stored in lower case.
	 * @return the new account's id
	 * @throws org.springframework.dao.DataIntegrityViolationException when the address is taken
	 */
	@Transactional
	public long createAccount(String email, String rawPassword, String displayName, Set<Role> roles) {
		Account account = new Account(EmailAddresses.normalise(email), this.passwordEncoder.encode(rawPassword), displayName.trim(),
				roles, true);
		return this.accounts.save(account).getId();
	}

	/**
	 * Signs a person up as an applicant. A new address gets an account that cannot log in until the link
	 * mailed to it (valid 24 hours) is followed; an address that already has an account gets a mail saying
	 * so instead, and the caller cannot tell the two apart.
	 */
	@Transactional
	public void signUp(String displayName, String email, String rawPassword) {
		String address = EmailAddresses.normalise(email);
		int created = this.accounts.insertUnlessEmailTaken(address, this.passwordEncoder.encode(rawPassword),
				displayName.strip());
		if (created == 0) {
			this.mail.enqueue(address, "signup-existing", Map.of("email", address, "link", "/connexion"));
			return;
		}
		Account account = this.accounts.findByEmail(address).orElseThrow();
		account.grant(Role.APPLICANT);
		sendVerification(account.getId(), address);
	}

	/** Sends a new verification link to an address whose account is not verified yet; otherwise nothing. */
	@Transactional
	public void resendVerification(String email) {
		this.accounts.findByEmail(EmailAddresses.normalise(email))
			.filter((account) -> !account.isEmailVerified())
			.ifPresent((account) -> {
				this.tokens.revokeAll(account.getId(), Purpose.VERIFY_EMAIL);
				sendVerification(account.getId(), account.getEmail());
			});
	}

	/** Follows a verification link: true when it was valid, and the account may now log in. */
	@Transactional
	public boolean verifyEmail(String token) {
		return this.tokens.redeem(token, Purpose.VERIFY_EMAIL).map((redeemed) -> {
			this.accounts.findById(redeemed.accountId()).orElseThrow().verifyEmail(Instant.now());
			return true;
		}).orElse(false);
	}

	/** Mails a reset link (valid one hour) when the address has an account; the answer never differs. */
	@Transactional
	public void requestPasswordReset(String email) {
		this.accounts.findByEmail(EmailAddresses.normalise(email)).ifPresent((account) -> {
			this.tokens.revokeAll(account.getId(), Purpose.RESET_PASSWORD);
			String token = this.tokens.issue(account.getId(), Purpose.RESET_PASSWORD, RESET_VALIDITY, null);
			this.mail.enqueue(account.getEmail(), "reset-password",
					Map.of("name", account.getDisplayName(), "link", "/mot-de-passe/nouveau?jeton=" + token));
		});
	}

	/** Whether a reset link can still be used, to decide whether to show its form. */
	@Transactional(readOnly = true)
	public boolean isResetLinkValid(String token) {
		return this.tokens.isRedeemable(token, Purpose.RESET_PASSWORD);
	}

	/**
	 * Sets a new password through a reset link, once: the link is used up, the address counts as
	 * verified, the lockout ends, and every open session of the account is closed.
	 * @return false when the link is unknown, used or expired
	 */
	@Transactional
	public boolean resetPassword(String token, String rawPassword) {
		return this.tokens.redeem(token, Purpose.RESET_PASSWORD).map((redeemed) -> {
			Account account = this.accounts.findById(redeemed.accountId()).orElseThrow();
			// Following the link proves the address, as the verification link would.
			account.changePassword(this.passwordEncoder.encode(rawPassword));
			account.verifyEmail(Instant.now());
			this.attempts.succeeded(account.getEmail());
			this.sessions.closeAll(account.getEmail(), null);
			return true;
		}).orElse(false);
	}

	/**
	 * The address of the staff invitation this link stands for, while the link can be used (to show the page
	 * where the invitee names itself and chooses a password); empty otherwise.
	 */
	@Transactional(readOnly = true)
	public Optional<String> invitedEmail(String token) {
		return this.tokens.peek(token, Purpose.INVITATION)
			.flatMap(this.accounts::findById)
			.filter(Account::isInvitationPending)
			.map(Account::getEmail);
	}

	/**
	 * Accepts a staff invitation through its link, once: the invitee's name and password are set, its address
	 * counts as verified (the link came to it), and the account is enabled.
	 * @return false when the link is unknown, used, expired, or the invitation was withdrawn
	 */
	@Transactional
	public boolean acceptInvitation(String token, String displayName, String rawPassword) {
		return this.tokens.redeem(token, Purpose.INVITATION)
			.flatMap((redeemed) -> this.accounts.findById(redeemed.accountId()))
			.filter(Account::isInvitationPending)
			.map((account) -> {
				account.acceptInvitation(displayName.strip(), this.passwordEncoder.encode(rawPassword), Instant.now());
				this.attempts.succeeded(account.getEmail());
				return true;
			})
			.orElse(false);
	}

	/** How this account wants to hear of events, when it is staff (shown and changed on /compte). */
	@Transactional(readOnly = true)
	public StaffNotification notification(CurrentAccount who) {
		return this.accounts.findById(who.id()).orElseThrow().getStaffNotification();
	}

	/** Records how this account wants to hear of events. */
	@Transactional
	public void chooseNotification(CurrentAccount who, StaffNotification notification) {
		this.accounts.findById(who.id()).orElseThrow().chooseNotification(notification);
	}

	/** The account of this login as its owner sees it. */
	@Transactional(readOnly = true)
	public Optional<AccountView> view(String email) {
		return this.accounts.findByEmail(EmailAddresses.normalise(email))
			.map((account) -> new AccountView(account.getEmail(), account.getDisplayName(),
					Set.copyOf(account.getRoles())));
	}

	/**
	 * The account with this id, for pages of Apec staff that name who did something (who submitted an
	 * application); empty when there is none.
	 */
	@Transactional(readOnly = true)
	public Optional<AccountView> view(long id) {
		return this.accounts.findById(id)
			.map((account) -> new AccountView(account.getEmail(), account.getDisplayName(),
					Set.copyOf(account.getRoles())));
	}

	/** Renames the account of this login. */
	@Transactional
	public void changeDisplayName(CurrentAccount who, String displayName) {
		this.accounts.findById(who.id()).orElseThrow().rename(displayName.strip());
	}

	/**
	 * Changes the password of this login after checking the current one, and closes the account's other
	 * sessions.
	 * @return false when the current password is wrong (nothing changes)
	 */
	@Transactional
	public boolean changePassword(CurrentAccount who, String currentPassword, String newPassword, String keptSessionId) {
		Optional<Account> account = this.accounts.findById(who.id())
			.filter((a) -> this.passwordEncoder.matches(currentPassword, a.getPasswordHash()));
		account.ifPresent((a) -> {
			a.changePassword(this.passwordEncoder.encode(newPassword));
			this.sessions.closeAll(a.getEmail(), keptSessionId);
			this.mail.enqueue(a.getEmail(), "password-changed", Map.of("name", a.getDisplayName(), "link", "/connexion"));
		});
		return account.isPresent();
	}

	/**
	 * Starts a change of address after checking the password: the new address gets a link (valid 24
	 * hours) and the change happens only when it is followed. When the new address already has an
	 * account, that address is told so instead.
	 * @return false when the current password is wrong (nothing is sent)
	 */
	@Transactional
	public boolean requestEmailChange(CurrentAccount who, String currentPassword, String newEmail) {
		Optional<Account> account = this.accounts.findById(who.id())
			.filter((a) -> this.passwordEncoder.matches(currentPassword, a.getPasswordHash()));
		account.ifPresent((a) -> {
			String address = EmailAddresses.normalise(newEmail);
			if (this.accounts.existsByEmail(address)) {
				this.mail.enqueue(address, "signup-existing", Map.of("email", address, "link", "/connexion"));
				return;
			}
			this.tokens.revokeAll(a.getId(), Purpose.CHANGE_EMAIL);
			String token = this.tokens.issue(a.getId(), Purpose.CHANGE_EMAIL, VERIFICATION_VALIDITY, address);
			// To an address typed by the account's owner: nothing typed by a person goes in it.
			this.mail.enqueue(address, "verify-new-email", Map.of("link", "/compte/email/confirmer?jeton=" + token));
		});
		return account.isPresent();
	}

	/**
	 * Follows the link that confirms a new address: the account's login becomes that address, and its
	 * sessions are closed, so that it logs in again with it.
	 * @return the new address, or empty when the link is invalid or the address was taken meanwhile
	 */
	@Transactional
	public Optional<String> confirmEmailChange(String token) {
		return this.tokens.redeem(token, Purpose.CHANGE_EMAIL).flatMap((redeemed) -> {
			Account account = this.accounts.findById(redeemed.accountId()).orElseThrow();
			if (this.accounts.existsByEmail(redeemed.newEmail())) {
				return Optional.empty();
			}
			String old = account.getEmail();
			account.changeEmail(redeemed.newEmail(), Instant.now());
			this.accounts.flush();
			this.sessions.closeAll(old, null);
			return Optional.of(redeemed.newEmail());
		});
	}

	/**
	 * The account signed in with this login, as services receive it; empty when no account has it (its
	 * session outlived it). Only the server calls this, with the name of an authenticated session.
	 */
	public Optional<CurrentAccount> current(String login) {
		// Every signed-in request asks: one statement (roles as an array), no entity, no transaction of its own.
		return this.queries.current(EmailAddresses.normalise(login));
	}

	/**
	 * The names and addresses of these accounts, for the modules that show or mail people they know by id
	 * (the members of an organisation, who acted on an application), in one query.
	 * @return by id; ids of no account are left out
	 */
	@Transactional(readOnly = true)
	public Map<Long, AccountName> names(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, AccountName> names = new LinkedHashMap<>();
		for (AccountName name : this.accounts.names(Set.copyOf(accountIds))) {
			names.put(name.id(), name);
		}
		return names;
	}

	/**
	 * The ids of the accounts whose e-mail address or name contains these words, whatever their case, in one
	 * query: for the modules that filter what they keep by who acted (the audit journal), without reading the
	 * account table themselves. Spaces are collapsed; % and _ are taken literally.
	 * @return the ids, in no particular order; empty for a blank search
	 */
	@Transactional(readOnly = true)
	public List<Long> idsMatching(String search) {
		if (search == null || search.isBlank()) {
			return List.of();
		}
		String words = search.strip().replaceAll("\\s+", " ");
		String pattern = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.queries.idsMatching(pattern);
	}

	/**
	 * The enabled accounts that hold this role, by display name, in one statement: the reviewers staff may
	 * assign to an application, for instance.
	 */
	@Transactional(readOnly = true)
	public List<AccountName> withRole(Role role) {
		return this.accounts.enabledWithRole(role);
	}

	/** Whether an account exists with this e-mail address, whatever its case. */
	@Transactional(readOnly = true)
	public boolean exists(String email) {
		return this.accounts.existsByEmail(EmailAddresses.normalise(email));
	}

	/** The display name of the account with this login, or the login itself when it has none. */
	@Transactional(readOnly = true)
	public String displayName(String email) {
		return this.accounts.findByEmail(EmailAddresses.normalise(email)).map(Account::getDisplayName).orElse(email);
	}

	/**
	 * Mails the verification link. Whoever signs up may type someone else's address, so the mail carries
	 * nothing they typed (not the name): it cannot be used to send a stranger a text of one's own.
	 */
	private void sendVerification(long accountId, String email) {
		String token = this.tokens.issue(accountId, Purpose.VERIFY_EMAIL, VERIFICATION_VALIDITY, null);
		this.mail.enqueue(email, "verify-email", Map.of("link", "/inscription/confirmer?jeton=" + token));
	}

	/** An account as its owner sees it. */
	public record AccountView(String email, String displayName, Set<Role> roles) {
	}

}
