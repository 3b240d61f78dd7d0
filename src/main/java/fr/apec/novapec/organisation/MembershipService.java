package fr.apec.novapec.organisation;

import java.text.Collator;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.apec.novapec.account.AccountName;
import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.shared.EmailAddresses;
import fr.apec.novapec.shared.mail.MailOutbox;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to an organisation: the member list, requests to join decided by a member, invitations by
 * e-mail, leaving. Public for the module's own pages (organisation.web); other modules ask
 * {@link OrganisationService}. As there, a method that takes an organisation id answers only a member of
 * it, and anyone else gets {@link OrganisationNotFoundException}. Every change happens in one transaction,
 * with the mail it sends.
 */
@Service
public class MembershipService {

	private static final Duration DAY = Duration.ofDays(1);

	private final OrganisationRepository organisations;

	private final JoinRequestRepository joinRequests;

	private final InvitationRepository invitations;

	private final Members members;

	private final AccountService accounts;

	private final MailOutbox mail;

	MembershipService(OrganisationRepository organisations, JoinRequestRepository joinRequests,
			InvitationRepository invitations, Members members, AccountService accounts, MailOutbox mail) {
		this.organisations = organisations;
		this.joinRequests = joinRequests;
		this.invitations = invitations;
		this.members = members;
		this.accounts = accounts;
		this.mail = mail;
	}

	/** The members of the organisation, by name then address, if this account is one of them. */
	@Transactional(readOnly = true)
	public List<MemberRow> members(long organisationId, CurrentAccount who) {
		this.members.require(organisationId, who);
		return membersOf(organisationId);
	}

	/** The members of the organisation, by name then address, whoever asks. */
	List<MemberRow> membersOf(long organisationId) {
		Organisation organisation = this.organisations.findById(organisationId)
			.orElseThrow(OrganisationNotFoundException::new);
		Map<Long, AccountName> names = this.accounts.names(organisation.memberIds());
		Collator byName = Collator.getInstance(Locale.FRENCH);
		return organisation.memberships()
			.stream()
			.filter((membership) -> names.containsKey(membership.accountId()))
			.map((membership) -> {
				AccountName name = names.get(membership.accountId());
				return new MemberRow(name.displayName(), name.email(), membership.joinedAt());
			})
			.sorted(Comparator.comparing(MemberRow::displayName, byName).thenComparing(MemberRow::email))
			.toList();
	}

	/** The requests to join that no member has decided yet, oldest first, if this account is a member. */
	@Transactional(readOnly = true)
	public List<JoinRequestRow> pendingJoinRequests(long organisationId, CurrentAccount who) {
		this.members.require(organisationId, who);
		List<JoinRequest> pending = this.joinRequests.pendingFor(organisationId);
		Map<Long, AccountName> names = this.accounts
			.names(pending.stream().map(JoinRequest::getAccountId).toList());
		return pending.stream()
			.filter((request) -> names.containsKey(request.getAccountId()))
			.map((request) -> {
				AccountName name = names.get(request.getAccountId());
				return new JoinRequestRow(request.getId(), name.displayName(), name.email(), request.getCreatedAt());
			})
			.toList();
	}

	/** The invitations neither used nor expired, soonest to expire first, if this account is a member. */
	@Transactional(readOnly = true)
	public List<PendingInvitation> pendingInvitations(long organisationId, CurrentAccount who) {
		this.members.require(organisationId, who);
		return this.invitations.pendingFor(organisationId, Instant.now());
	}

	/** The requests to join this account sent that are still waiting, newest first. */
	@Transactional(readOnly = true)
	public List<OwnJoinRequest> ownJoinRequests(CurrentAccount who) {
		return this.joinRequests.pendingOf(who.id());
	}

	/**
	 * Asks the members of the organisation with this SIRET to let this account join; each member gets a
	 * mail. The answer says nothing about the organisation beyond whether it exists.
	 */
	@Transactional
	public JoinRequestOutcome askToJoin(CurrentAccount who, Siret siret) {
		Optional<Organisation> found = this.organisations.findBySiret(siret.value());
		if (found.isEmpty()) {
			return JoinRequestOutcome.NO_SUCH_ORGANISATION;
		}
		Organisation organisation = found.get();
		if (organisation.hasMember(who.id())) {
			return JoinRequestOutcome.ALREADY_MEMBER;
		}
		if (this.joinRequests.insertUnlessPending(organisation.getId(), who.id()) == 0) {
			return JoinRequestOutcome.ALREADY_PENDING;
		}
		for (AccountName member : this.accounts.names(organisation.memberIds()).values()) {
			if (!member.enabled()) {
				continue;
			}
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("organisationId", organisation.getId());
			model.put("organisationName", organisation.getName());
			model.put("requesterName", who.displayName());
			model.put("requesterEmail", who.email());
			this.mail.enqueue(member.email(), "organisation-join-request", model, organisation.getName());
		}
		return JoinRequestOutcome.SENT;
	}

	/**
	 * Accepts a pending request to join: its author becomes a member. The request is locked first: of two
	 * members deciding at once, the second sees the first one's decision.
	 * @return the display name of the new member
	 * @throws OrganisationNotFoundException when this account is not a member or the request is not one of
	 * this organisation
	 * @throws JoinRequestAlreadyDecidedException when another member refused it meanwhile
	 */
	@Transactional
	public String acceptJoinRequest(long organisationId, long requestId, CurrentAccount who) {
		this.members.require(organisationId, who);
		JoinRequest request = this.joinRequests.findLocked(requestId, organisationId)
			.orElseThrow(OrganisationNotFoundException::new);
		Instant now = Instant.now();
		decided(() -> request.accept(who.id(), now));
		lockedOrganisation(organisationId).admit(request.getAccountId(), now);
		return displayName(request.getAccountId());
	}

	/**
	 * Refuses a pending request to join.
	 * @return the display name of its author
	 * @throws OrganisationNotFoundException as {@link #acceptJoinRequest}
	 * @throws JoinRequestAlreadyDecidedException when another member accepted it meanwhile
	 */
	@Transactional
	public String refuseJoinRequest(long organisationId, long requestId, CurrentAccount who) {
		this.members.require(organisationId, who);
		JoinRequest request = this.joinRequests.findLocked(requestId, organisationId)
			.orElseThrow(OrganisationNotFoundException::new);
		decided(() -> request.refuse(who.id(), Instant.now()));
		return displayName(request.getAccountId());
	}

	/**
	 * Invites someone by e-mail: the mail carries a link that works once, for
	 * {@link OrganisationService#INVITATION_VALIDITY}, for the account whose login is that address. Only a
	 * digest of the link's token is kept. At most {@link OrganisationService#INVITATIONS_PER_DAY} in 24
	 * hours per organisation, counted under a lock on the organisation's row, so that members inviting at
	 * once cannot pass the limit. The mail's subject is fixed; the names typed by people (the inviter's,
	 * the organisation's) are in its body only.
	 */
	@Transactional
	public InvitationOutcome invite(long organisationId, CurrentAccount who, String inviteeEmail) {
		this.members.require(organisationId, who);
		String invitee = EmailAddresses.normalise(inviteeEmail);
		Organisation organisation = lockedOrganisation(organisationId);
		boolean member = this.accounts.names(organisation.memberIds())
			.values()
			.stream()
			.anyMatch((name) -> name.email().equals(invitee));
		if (member) {
			return InvitationOutcome.ALREADY_MEMBER;
		}
		Instant now = Instant.now();
		if (this.invitations.countByOrganisationIdAndCreatedAtAfter(organisationId,
				now.minus(DAY)) >= OrganisationService.INVITATIONS_PER_DAY) {
			return InvitationOutcome.DAILY_LIMIT_REACHED;
		}
		String token = Tokens.newToken();
		this.invitations.save(new Invitation(organisationId, invitee, Tokens.sha256(token), who.id(), now,
				OrganisationService.INVITATION_VALIDITY));
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("organisationName", organisation.getName());
		model.put("inviterName", who.displayName());
		model.put("invitedEmail", invitee);
		model.put("token", token);
		model.put("validityDays", OrganisationService.INVITATION_VALIDITY.toDays());
		this.mail.enqueue(invitee, "organisation-invitation", model);
		return InvitationOutcome.SENT;
	}

	/** What the invitation link with this token offers to the signed-in account, without using it. */
	@Transactional(readOnly = true)
	public InvitationLink invitation(String token, CurrentAccount who) {
		return this.invitations.findByTokenHash(Tokens.sha256(token))
			.map((invitation) -> link(invitation, who, Instant.now()))
			.orElse(InvitationLink.of(InvitationLink.Status.UNKNOWN));
	}

	/**
	 * Uses the invitation link: the signed-in account becomes a member if the link is valid for it. The
	 * link then never works again; it is locked first, so that two uses at once make one.
	 * @return the invitation as it stood; its status is {@code VALID} when the account has joined
	 */
	@Transactional
	public InvitationLink acceptInvitation(String token, CurrentAccount who) {
		Optional<Invitation> found = this.invitations.findLockedByTokenHash(Tokens.sha256(token));
		if (found.isEmpty()) {
			return InvitationLink.of(InvitationLink.Status.UNKNOWN);
		}
		Invitation invitation = found.get();
		Instant now = Instant.now();
		InvitationLink link = link(invitation, who, now);
		if (link.status() == InvitationLink.Status.VALID) {
			invitation.use(who.id(), who.email(), now);
			lockedOrganisation(invitation.getOrganisationId()).admit(who.id(), now);
		}
		return link;
	}

	/**
	 * Takes this account out of the organisation, under a lock on the organisation's row, so that its last
	 * two members cannot both leave at once.
	 * @return the organisation's name
	 * @throws LastMemberException when it is the only member
	 */
	@Transactional
	public String leave(long organisationId, CurrentAccount who) {
		this.members.require(organisationId, who);
		Organisation organisation = lockedOrganisation(organisationId);
		organisation.leave(who.id());
		return organisation.getName();
	}

	private InvitationLink link(Invitation invitation, CurrentAccount who, Instant now) {
		long organisationId = invitation.getOrganisationId();
		InvitationLink.Status status = invitation.statusFor(who.email(),
				this.organisations.isMember(organisationId, who.id()), now);
		return switch (status) {
			case VALID, ALREADY_MEMBER -> new InvitationLink(status, organisationId,
					this.organisations.findById(organisationId).orElseThrow().getName(), invitation.getEmail());
			case WRONG_ACCOUNT -> new InvitationLink(status, 0, null, invitation.getEmail());
			default -> InvitationLink.of(status);
		};
	}

	/**
	 * Makes a decision on a request and writes it at once. The request is read under a lock, so another
	 * member's decision is seen; its version is a second guard: a decision written from a stale read fails,
	 * and the member is told that the request was decided already.
	 */
	private void decided(Runnable decision) {
		decision.run();
		try {
			this.joinRequests.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new JoinRequestAlreadyDecidedException();
		}
	}

	private Organisation lockedOrganisation(long organisationId) {
		return this.organisations.findLockedById(organisationId).orElseThrow(OrganisationNotFoundException::new);
	}

	private String displayName(long accountId) {
		AccountName name = this.accounts.names(List.of(accountId)).get(accountId);
		return (name != null) ? name.displayName() : "";
	}

}
