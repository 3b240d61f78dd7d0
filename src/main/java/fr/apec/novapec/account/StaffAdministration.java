package fr.apec.novapec.account;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.apec.novapec.account.AccountTokens.Purpose;
import fr.apec.novapec.shared.EmailAddresses;
import fr.apec.novapec.shared.LinkTokens;
import fr.apec.novapec.shared.mail.MailOutbox;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff team as administrators manage it at /gestion/equipe (ADMIN only, checked here as well as by the
 * URL rules): who holds STAFF, REVIEWER or ADMIN, invitations by mail, roles and regional teams, disabling and
 * enabling. The portal always keeps one enabled administrator: every change that could remove one first locks
 * the administrators' rows, then counts them in the database, so two administrators demoting each other at
 * once cannot both succeed. An administrator cannot disable itself. Changing roles or disabling ends the
 * account's sessions at once, so that it logs in again with what it now may do, or not at all.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class StaffAdministration {

	public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

	private final AccountRepository accounts;

	private final AccountTokens tokens;

	private final MailOutbox mail;

	private final PasswordEncoder passwordEncoder;

	private final AccountQueries queries;

	private final Sessions sessions;

	StaffAdministration(AccountRepository accounts, AccountTokens tokens, MailOutbox mail,
			PasswordEncoder passwordEncoder, AccountQueries queries, Sessions sessions) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.mail = mail;
		this.passwordEncoder = passwordEncoder;
		this.queries = queries;
		this.sessions = sessions;
	}

	/** The accounts holding STAFF, REVIEWER or ADMIN, invitations pending first, then by name; one query. */
	@Transactional(readOnly = true)
	public List<TeamMember> team() {
		return this.queries.team();
	}

	/** One account of the team, for its page. */
	@Transactional(readOnly = true)
	public TeamMember member(long id) {
		return this.queries.teamMember(id)
			.orElseThrow(() -> new StaffAccountNotFoundException(id));
	}

	/**
	 * Invites a person to the staff team: an account with these roles and regions is created, disabled, and a
	 * link valid seven days, usable once, is mailed to the address; the invitee names itself and chooses its
	 * password there. Inviting an address whose invitation is still pending sends a new link (the old one stops
	 * working) with the roles and regions given now. An address that already has an account is refused: an
	 * applicant's account does not become a staff account (a staff member gets an account of its own), and
	 * a staff member's roles are changed on its page.
	 * @param roles among STAFF, REVIEWER, ADMIN; at least one
	 * @throws org.springframework.dao.DataIntegrityViolationException when another administrator invited the
	 * same address at the same moment
	 */
	@Transactional
	public InvitationOutcome invite(CurrentAccount by, String email, Set<Role> roles, Set<String> regionCodes) {
		Set<Role> staffRoles = staffRoles(roles);
		String address = EmailAddresses.normalise(email);
		Optional<Account> existing = this.accounts.findByEmail(address);
		Account account;
		if (existing.isPresent()) {
			account = existing.get();
			if (!account.isInvitationPending()) {
				return account.getRoles().stream().anyMatch(Role.STAFF_ROLES::contains)
						? InvitationOutcome.ALREADY_STAFF : InvitationOutcome.OTHER_ACCOUNT;
			}
			account.changeStaffRoles(staffRoles);
			account.changeTeam(regionCodes);
		}
		else {
			String placeholder = address.substring(0, address.indexOf('@'));
			account = this.accounts.save(Account.invited(address,
					this.passwordEncoder.encode(LinkTokens.newToken()), placeholder, staffRoles, regionCodes));
			this.accounts.flush();
		}
		sendInvitation(by, account);
		return InvitationOutcome.SENT;
	}

	/** Sends a new invitation link (valid seven days) to an account whose invitation is still pending. */
	@Transactional
	public void resendInvitation(CurrentAccount by, long id) {
		Account account = this.accounts.findById(id)
			.filter(Account::isInvitationPending)
			.orElseThrow(() -> new StaffAccountNotFoundException(id));
		sendInvitation(by, account);
	}

	/**
	 * Gives the account these staff roles and regional teams (an APPLICANT role it holds stays), and ends its
	 * sessions when its roles changed.
	 * @throws TeamChangeRefusedException when the change would leave no enabled administrator
	 */
	@Transactional
	public void change(CurrentAccount by, long id, Set<Role> roles, Set<String> regionCodes) {
		Set<Role> staffRoles = staffRoles(roles);
		this.accounts.lockAdministratorsAnd(id);
		Account account = staffAccount(id);
		if (account.isEnabled() && account.getRoles().contains(Role.ADMIN) && !staffRoles.contains(Role.ADMIN)
				&& this.accounts.countEnabledAdministrators() <= 1) {
			throw new TeamChangeRefusedException("team.refused.lastAdmin");
		}
		Set<Role> before = EnumSet.copyOf(account.getRoles());
		account.changeStaffRoles(staffRoles);
		account.changeTeam(regionCodes);
		if (!before.equals(account.getRoles())) {
			this.accounts.flush();
			this.sessions.closeAll(account.getEmail(), null);
		}
	}

	/**
	 * Stops the account from logging in and ends its sessions at once; a pending invitation is withdrawn.
	 * @throws TeamChangeRefusedException for the administrator itself, or the last enabled administrator
	 */
	@Transactional
	public void disable(CurrentAccount by, long id) {
		if (by.id() == id) {
			throw new TeamChangeRefusedException("team.refused.self");
		}
		this.accounts.lockAdministratorsAnd(id);
		Account account = staffAccount(id);
		if (account.isEnabled() && account.getRoles().contains(Role.ADMIN)
				&& this.accounts.countEnabledAdministrators() <= 1) {
			throw new TeamChangeRefusedException("team.refused.lastAdmin");
		}
		account.disable();
		this.tokens.revokeAll(id, Purpose.INVITATION);
		this.accounts.flush();
		this.sessions.closeAll(account.getEmail(), null);
	}

	/** Lets a disabled account log in again (with the password it had). */
	@Transactional
	public void enable(CurrentAccount by, long id) {
		staffAccount(id).enable();
	}

	private Account staffAccount(long id) {
		return this.accounts.findById(id)
			.filter((account) -> account.getRoles().stream().anyMatch(Role.STAFF_ROLES::contains))
			.orElseThrow(() -> new StaffAccountNotFoundException(id));
	}

	private static Set<Role> staffRoles(Set<Role> roles) {
		Set<Role> staff = EnumSet.noneOf(Role.class);
		roles.stream().filter(Role.STAFF_ROLES::contains).forEach(staff::add);
		if (staff.isEmpty()) {
			throw new IllegalArgumentException("A staff account needs STAFF, REVIEWER or ADMIN");
		}
		return staff;
	}

	/**
	 * Mails a new invitation link, the older ones revoked. The mail names the administrator who invites, whom
	 * the invitee knows; nothing else in it was typed by a person.
	 */
	private void sendInvitation(CurrentAccount by, Account account) {
		this.tokens.revokeAll(account.getId(), Purpose.INVITATION);
		String token = this.tokens.issue(account.getId(), Purpose.INVITATION, INVITATION_VALIDITY, null);
		this.mail.enqueue(account.getEmail(), "staff-invitation", Map.of("inviterName", by.displayName(), "link",
				"/equipe/invitation?jeton=" + token, "validityDays", INVITATION_VALIDITY.toDays()));
	}




	/** What became of an invitation. */
	public enum InvitationOutcome {

		/** The link was mailed (a first invitation, or a new link for one still pending). */
		SENT,

		/** The address belongs to a member of the team already: change its roles on its page. */
		ALREADY_STAFF,

		/** The address belongs to an account outside the team (an applicant's): another address is needed. */
		OTHER_ACCOUNT

	}

	/**
	 * An account of the team as its page shows it.
	 * @param invitationExpiresAt when the pending invitation's link stops working (null when none was sent or
	 * the invitation was accepted)
	 */
	public record TeamMember(long id, String email, String displayName, Set<Role> roles, List<String> regionCodes,
			boolean enabled, boolean invitationPending, Instant invitationExpiresAt) {

		/** Whether the invitation waits and its link still works at this instant. */
		public boolean invitationValidAt(Instant now) {
			return this.invitationPending && this.invitationExpiresAt != null && this.invitationExpiresAt.isAfter(now);
		}

		public boolean has(Role role) {
			return this.roles.contains(role);
		}

	}

}
