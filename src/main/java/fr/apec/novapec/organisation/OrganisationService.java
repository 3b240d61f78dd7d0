package fr.apec.novapec.organisation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.apec.novapec.account.AccountName;
import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.CurrentAccount;

import fr.apec.novapec.shared.mail.MailOutbox;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations and their members. Every method that takes an organisation id also takes the login of
 * the person asking and answers only if that person is a member: anyone else, like an id that does not
 * exist, gets {@link OrganisationNotFoundException} (a 404), so that guessing ids tells nothing.
 * Every change happens in one transaction, with the mail it sends.
 */
@Service
public class OrganisationService {

	/**
	 * How many invitations an organisation may send in 24 hours: they mail addresses typed by its members,
	 * so that the portal never becomes a way to mail anyone without limit.
	 */
	public static final int INVITATIONS_PER_DAY = 20;

	/** How long an invitation link works. */
	public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

	private final JdbcClient jdbc;

	private final Members members;

	private final MailOutbox mail;

	private final AccountService accounts;

	OrganisationService(JdbcClient jdbc, Members members, MailOutbox mail, AccountService accounts) {
		this.jdbc = jdbc;
		this.members = members;
		this.mail = mail;
		this.accounts = accounts;
	}

	/** Whether the account with this id is a member of the organisation with this id. */
	@Transactional(readOnly = true)
	public boolean isMember(long organisationId, long accountId) {
		return this.jdbc.sql("""
				select exists (select 1 from membership where organisation_id = :organisation and account_id = :account)""")
			.param("organisation", organisationId)
			.param("account", accountId)
			.query(Boolean.class)
			.single();
	}

	/** The ids of the organisations this account is a member of, in no particular order. */
	@Transactional(readOnly = true)
	public List<Long> organisationIdsOf(long accountId) {
		return this.jdbc.sql("select organisation_id from membership where account_id = :account")
			.param("account", accountId)
			.query(Long.class)
			.list();
	}

	/**
	 * The names of these organisations, in one query, for the lists of other modules.
	 * @return by id; ids of no organisation are left out
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> names(Collection<Long> organisationIds) {
		if (organisationIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> names = new LinkedHashMap<>();
		this.jdbc.sql("select id, name from organisation where id in (:ids)")
			.param("ids", Set.copyOf(organisationIds))
			.query((rs, n) -> names.put(rs.getLong("id"), rs.getString("name")))
			.list();
		return names;
	}

	/**
	 * The ids of the organisations whose name matches this ILIKE pattern, for a search by organisation
	 * name; the caller escapes {@code %} and {@code _} with a backslash where it means them literally.
	 */
	@Transactional(readOnly = true)
	public List<Long> idsNamedLike(String likePattern) {
		return this.jdbc.sql("select id from organisation where name ilike :pattern")
			.param("pattern", likePattern)
			.query(Long.class)
			.list();
	}

	/**
	 * The addresses of the members of the organisation whose account is enabled, sorted: where a mail
	 * about the organisation (or one of its applications) goes. Empty for an unknown organisation.
	 */
	@Transactional(readOnly = true)
	public List<String> memberEmails(long organisationId) {
		return this.accounts.names(memberIds(organisationId))
			.values()
			.stream()
			.filter(AccountName::enabled)
			.map(AccountName::email)
			.sorted()
			.toList();
	}

	private List<Long> memberIds(long organisationId) {
		return this.jdbc.sql("select account_id from membership where organisation_id = :organisation")
			.param("organisation", organisationId)
			.query(Long.class)
			.list();
	}

	/** The organisations the account with this login belongs to, by name; never anyone else's. */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> organisationsOf(CurrentAccount who) {
		String email = who.email();
		return this.jdbc.sql("""
				select o.id, o.name, o.siret, o.city
				from organisation o
				join membership m on m.organisation_id = o.id
				join account a on a.id = m.account_id
				where a.email = :email
				order by o.name
				""")
			.param("email", email.toLowerCase(Locale.ROOT))
			.query(OrganisationSummary.class)
			.list();
	}

	/**
	 * Registers an organisation with the person creating it as its first member.
	 * @return its id; when this person already created one with this SIRET (a form sent twice), that one's
	 * @throws SiretAlreadyRegisteredException when another organisation has this SIRET
	 */
	@Transactional
	public long create(CurrentAccount who, OrganisationData data) {
		String email = who.email();
		long accountId = this.members.accountId(email);
		Optional<Long> created = this.jdbc.sql("""
				insert into organisation (name, siret, rna, court_register, legal_form_code, esus, address_line,
				                          postcode, city, region_code, website)
				values (:name, :siret, :rna, :courtRegister, :legalForm, :esus, :addressLine, :postcode, :city,
				        :region, :website)
				on conflict (siret) do nothing
				returning id""")
			.params(parameters(data))
			.query(Long.class)
			.optional();
		if (created.isEmpty()) {
			return this.jdbc.sql("""
					select o.id from organisation o join membership m on m.organisation_id = o.id
					where o.siret = :siret and m.account_id = :account""")
				.param("siret", data.siret().value())
				.param("account", accountId)
				.query(Long.class)
				.optional()
				.orElseThrow(() -> new SiretAlreadyRegisteredException(data.siret().value()));
		}
		this.jdbc.sql("insert into membership (organisation_id, account_id) values (:organisation, :account)")
			.param("organisation", created.get())
			.param("account", accountId)
			.update();
		return created.get();
	}

	/** The organisation, if this login is one of its members. */
	@Transactional(readOnly = true)
	public OrganisationDetails details(long organisationId, CurrentAccount who) {
		String email = who.email();
		return this.jdbc.sql("""
				select o.id, o.name, o.siret, o.rna, o.court_register, o.legal_form_code, o.esus, o.address_line,
				       o.postcode, o.city, o.region_code, r.name as region_name, o.website, o.created_at
				from organisation o
				join region r on r.code = o.region_code
				join membership m on m.organisation_id = o.id
				join account a on a.id = m.account_id
				where o.id = :organisation and a.email = :email""")
			.param("organisation", organisationId)
			.param("email", Members.normalise(email))
			.query(OrganisationDetails.class)
			.optional()
			.orElseThrow(OrganisationNotFoundException::new);
	}

	/**
	 * The organisation and its members, for Apec staff reading one of its applications. Unlike every other
	 * method here it asks for no login: the caller answers for the reader being staff (the routes of
	 * /gestion/candidatures are for staff and administrators only).
	 * @throws OrganisationNotFoundException when there is no such organisation
	 */
	@Transactional(readOnly = true)
	public OrganisationIdentity identityForStaff(long organisationId) {
		OrganisationDetails details = this.jdbc.sql("""
				select o.id, o.name, o.siret, o.rna, o.court_register, o.legal_form_code, o.esus, o.address_line,
				       o.postcode, o.city, o.region_code, r.name as region_name, o.website, o.created_at
				from organisation o
				join region r on r.code = o.region_code
				where o.id = :organisation""")
			.param("organisation", organisationId)
			.query(OrganisationDetails.class)
			.optional()
			.orElseThrow(OrganisationNotFoundException::new);
		return new OrganisationIdentity(details, membersOf(organisationId));
	}

	/**
	 * The organisation's legal form (and whether the law makes it part of the ESS), its ESUS approval and
	 * the region of its head office, if this login is one of its members.
	 * @throws OrganisationNotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	public OrganisationProfile profile(long organisationId, CurrentAccount who) {
		String email = who.email();
		return this.jdbc.sql("""
				select o.id, o.name, o.legal_form_code, f.ess_by_law, o.esus, o.region_code
				from organisation o
				join legal_form f on f.code = o.legal_form_code
				join membership m on m.organisation_id = o.id
				join account a on a.id = m.account_id
				where o.id = :organisation and a.email = :email""")
			.param("organisation", organisationId)
			.param("email", Members.normalise(email))
			.query(OrganisationProfile.class)
			.optional()
			.orElseThrow(OrganisationNotFoundException::new);
	}

	/**
	 * Replaces what is known of the organisation by what a member typed.
	 * @throws SiretAlreadyRegisteredException when the new SIRET is another organisation's
	 */
	@Transactional
	public void update(long organisationId, CurrentAccount who, OrganisationData data) {
		String email = who.email();
		this.members.require(organisationId, email);
		boolean taken = this.jdbc.sql("select exists (select 1 from organisation where siret = :siret and id <> :id)")
			.param("siret", data.siret().value())
			.param("id", organisationId)
			.query(Boolean.class)
			.single();
		if (taken) {
			throw new SiretAlreadyRegisteredException(data.siret().value());
		}
		Map<String, Object> parameters = parameters(data);
		parameters.put("id", organisationId);
		try {
			this.jdbc.sql("""
					update organisation set name = :name, siret = :siret, rna = :rna, court_register = :courtRegister,
					       legal_form_code = :legalForm, esus = :esus, address_line = :addressLine,
					       postcode = :postcode, city = :city, region_code = :region, website = :website
					where id = :id""")
				.params(parameters)
				.update();
		}
		catch (DuplicateKeyException ex) {
			// Another organisation took this SIRET between the check and the update.
			throw new SiretAlreadyRegisteredException(data.siret().value());
		}
	}

	/** The members of the organisation, by name, if this login is one of them. */
	@Transactional(readOnly = true)
	public List<MemberRow> members(long organisationId, CurrentAccount who) {
		String email = who.email();
		this.members.require(organisationId, email);
		return membersOf(organisationId);
	}

	private List<MemberRow> membersOf(long organisationId) {
		return this.jdbc.sql("""
				select a.display_name, a.email, m.joined_at from membership m
				join account a on a.id = m.account_id
				where m.organisation_id = :organisation
				order by lower(a.display_name), a.email""")
			.param("organisation", organisationId)
			.query(MemberRow.class)
			.list();
	}

	/** The requests to join that no member has decided yet, oldest first, if this login is a member. */
	@Transactional(readOnly = true)
	public List<JoinRequestRow> pendingJoinRequests(long organisationId, CurrentAccount who) {
		String email = who.email();
		this.members.require(organisationId, email);
		return this.jdbc.sql("""
				select j.id, a.display_name, a.email, j.created_at from join_request j
				join account a on a.id = j.account_id
				where j.organisation_id = :organisation and j.status = 'PENDING'
				order by j.created_at, j.id""")
			.param("organisation", organisationId)
			.query(JoinRequestRow.class)
			.list();
	}

	/** The invitations neither used nor expired, soonest to expire first, if this login is a member. */
	@Transactional(readOnly = true)
	public List<PendingInvitation> pendingInvitations(long organisationId, CurrentAccount who) {
		String email = who.email();
		this.members.require(organisationId, email);
		return this.jdbc.sql("""
				select email, expires_at from organisation_invitation
				where organisation_id = :organisation and used_at is null and expires_at > now()
				order by expires_at, id""")
			.param("organisation", organisationId)
			.query(PendingInvitation.class)
			.list();
	}

	/** The requests to join this login sent that are still waiting, newest first. */
	@Transactional(readOnly = true)
	public List<OwnJoinRequest> ownJoinRequests(CurrentAccount who) {
		String email = who.email();
		return this.jdbc.sql("""
				select o.siret, j.created_at from join_request j
				join organisation o on o.id = j.organisation_id
				join account a on a.id = j.account_id
				where a.email = :email and j.status = 'PENDING'
				order by j.created_at desc, j.id desc""")
			.param("email", Members.normalise(email))
			.query(OwnJoinRequest.class)
			.list();
	}

	/**
	 * Asks the members of the organisation with this SIRET to let this login join; each member gets a mail.
	 * The answer says nothing about the organisation beyond whether it exists.
	 */
	@Transactional
	public JoinRequestOutcome askToJoin(CurrentAccount who, Siret siret) {
		String email = who.email();
		long accountId = this.members.accountId(email);
		Optional<Map<String, Object>> organisation = this.jdbc
			.sql("select id, name from organisation where siret = :siret")
			.param("siret", siret.value())
			.query()
			.listOfRows()
			.stream()
			.findFirst();
		if (organisation.isEmpty()) {
			return JoinRequestOutcome.NO_SUCH_ORGANISATION;
		}
		long organisationId = ((Number) organisation.get().get("id")).longValue();
		String organisationName = (String) organisation.get().get("name");
		if (isMember(organisationId, accountId)) {
			return JoinRequestOutcome.ALREADY_MEMBER;
		}
		Optional<Long> request = this.jdbc.sql("""
				insert into join_request (organisation_id, account_id) values (:organisation, :account)
				on conflict (organisation_id, account_id) where status = 'PENDING' do nothing
				returning id""")
			.param("organisation", organisationId)
			.param("account", accountId)
			.query(Long.class)
			.optional();
		if (request.isEmpty()) {
			return JoinRequestOutcome.ALREADY_PENDING;
		}
		Map<String, Object> requester = this.jdbc.sql("select display_name, email from account where id = :id")
			.param("id", accountId)
			.query()
			.singleRow();
		for (String member : memberEmails(organisationId)) {
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("organisationId", organisationId);
			model.put("organisationName", organisationName);
			model.put("requesterName", requester.get("display_name"));
			model.put("requesterEmail", requester.get("email"));
			this.mail.enqueue(member, "organisation-join-request", model, organisationName);
		}
		return JoinRequestOutcome.SENT;
	}

	/**
	 * Accepts a pending request to join: its author becomes a member.
	 * @return the display name of the new member
	 * @throws OrganisationNotFoundException when this login is not a member or the request is not one of
	 * this organisation
	 * @throws JoinRequestAlreadyDecidedException when another member refused it meanwhile
	 */
	@Transactional
	public String acceptJoinRequest(long organisationId, long requestId, CurrentAccount who) {
		String email = who.email();
		long deciderId = this.members.require(organisationId, email);
		PendingRequest request = decide(organisationId, requestId, deciderId, "ACCEPTED");
		this.jdbc.sql("""
				insert into membership (organisation_id, account_id) values (:organisation, :account)
				on conflict do nothing""")
			.param("organisation", organisationId)
			.param("account", request.accountId())
			.update();
		return request.displayName();
	}

	/**
	 * Refuses a pending request to join.
	 * @return the display name of its author
	 * @throws OrganisationNotFoundException as {@link #acceptJoinRequest}
	 * @throws JoinRequestAlreadyDecidedException when another member accepted it meanwhile
	 */
	@Transactional
	public String refuseJoinRequest(long organisationId, long requestId, CurrentAccount who) {
		String email = who.email();
		long deciderId = this.members.require(organisationId, email);
		return decide(organisationId, requestId, deciderId, "REFUSED").displayName();
	}

	private PendingRequest decide(long organisationId, long requestId, long deciderId, String status) {
		PendingRequest request = this.jdbc.sql("""
				select j.account_id, a.display_name, j.status from join_request j
				join account a on a.id = j.account_id
				where j.id = :request and j.organisation_id = :organisation
				for update of j""")
			.param("request", requestId)
			.param("organisation", organisationId)
			.query(PendingRequest.class)
			.optional()
			.orElseThrow(OrganisationNotFoundException::new);
		if (request.status().equals(status)) {
			// The same decision sent twice (a double click): it stands once.
			return request;
		}
		if (!request.status().equals("PENDING")) {
			throw new JoinRequestAlreadyDecidedException();
		}
		this.jdbc.sql("""
				update join_request set status = :status, decided_at = now(), decided_by = :decider
				where id = :request""")
			.param("status", status)
			.param("decider", deciderId)
			.param("request", requestId)
			.update();
		return request;
	}

	/**
	 * Invites someone by e-mail: the mail carries a link that works once, for
	 * {@link #INVITATION_VALIDITY}, for the account whose login is that address. Only a digest of the
	 * link's token is kept. At most {@link #INVITATIONS_PER_DAY} in 24 hours per organisation, counted under
	 * a lock on the organisation's row, so that members inviting at once cannot pass the limit. The mail's
	 * subject is fixed; the names typed by people (the inviter's, the organisation's) are in its body only.
	 */
	@Transactional
	public InvitationOutcome invite(long organisationId, CurrentAccount who, String inviteeEmail) {
		String email = who.email();
		long inviterId = this.members.require(organisationId, email);
		String invitee = Members.normalise(inviteeEmail);
		if (allMemberEmails(organisationId).contains(invitee)) {
			return InvitationOutcome.ALREADY_MEMBER;
		}
		this.jdbc.sql("select id from organisation where id = ? for update").param(organisationId).query(Long.class).single();
		long sentToday = this.jdbc.sql("""
				select count(*) from organisation_invitation
				where organisation_id = ? and created_at > now() - interval '1 day'""")
			.param(organisationId)
			.query(Long.class)
			.single();
		if (sentToday >= INVITATIONS_PER_DAY) {
			return InvitationOutcome.DAILY_LIMIT_REACHED;
		}
		String token = Tokens.newToken();
		this.jdbc.sql("""
				insert into organisation_invitation (organisation_id, email, token_hash, invited_by, expires_at)
				values (:organisation, lower(:email), :hash, :inviter, :expires)""")
			.param("organisation", organisationId)
			.param("email", invitee)
			.param("hash", Tokens.sha256(token))
			.param("inviter", inviterId)
			.param("expires", Timestamp.from(Instant.now().plus(INVITATION_VALIDITY)))
			.update();
		Map<String, Object> context = this.jdbc.sql("""
				select o.name as organisation_name, a.display_name as inviter_name
				from organisation o, account a where o.id = :organisation and a.id = :inviter""")
			.param("organisation", organisationId)
			.param("inviter", inviterId)
			.query()
			.singleRow();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("organisationName", context.get("organisation_name"));
		model.put("inviterName", context.get("inviter_name"));
		model.put("invitedEmail", invitee);
		model.put("token", token);
		model.put("validityDays", INVITATION_VALIDITY.toDays());
		this.mail.enqueue(invitee, "organisation-invitation", model);
		return InvitationOutcome.SENT;
	}

	/** What the invitation link with this token offers to the signed-in login, without using it. */
	@Transactional(readOnly = true)
	public Invitation invitation(String token, CurrentAccount who) {
		String email = who.email();
		return evaluate(token, email, false).invitation();
	}

	/**
	 * Uses the invitation link: the signed-in login becomes a member if the link is valid for it. The link
	 * then never works again.
	 * @return the invitation as it stood; its status is {@code VALID} when the login has joined
	 */
	@Transactional
	public Invitation acceptInvitation(String token, CurrentAccount who) {
		String email = who.email();
		Evaluated evaluated = evaluate(token, email, true);
		if (evaluated.invitation().status() == Invitation.Status.VALID) {
			long accountId = this.members.accountId(email);
			this.jdbc.sql("""
					insert into membership (organisation_id, account_id) values (:organisation, :account)
					on conflict do nothing""")
				.param("organisation", evaluated.invitation().organisationId())
				.param("account", accountId)
				.update();
			this.jdbc.sql("update organisation_invitation set used_at = now(), used_by = :account where id = :id")
				.param("account", accountId)
				.param("id", evaluated.id())
				.update();
		}
		return evaluated.invitation();
	}

	private Evaluated evaluate(String token, String email, boolean lock) {
		String login = Members.normalise(email);
		Optional<InvitationRow> found = this.jdbc.sql("""
				select i.id, i.organisation_id, o.name as organisation_name, i.email,
				       i.used_at is not null as used, i.expires_at <= now() as expired,
				       exists (select 1 from membership m join account a on a.id = m.account_id
				               where m.organisation_id = i.organisation_id and a.email = :login) as member
				from organisation_invitation i
				join organisation o on o.id = i.organisation_id
				where i.token_hash = :hash""" + (lock ? " for update of i" : ""))
			.param("login", login)
			.param("hash", Tokens.sha256(token))
			.query(InvitationRow.class)
			.optional();
		if (found.isEmpty()) {
			return new Evaluated(0, Invitation.of(Invitation.Status.UNKNOWN));
		}
		InvitationRow row = found.get();
		Invitation invitation;
		if (row.member() && row.email().equals(login)) {
			// Also after the link was used by this very account (the form sent twice).
			invitation = new Invitation(Invitation.Status.ALREADY_MEMBER, row.organisationId(), row.organisationName(),
					row.email());
		}
		else if (row.used()) {
			invitation = Invitation.of(Invitation.Status.USED);
		}
		else if (row.expired()) {
			invitation = Invitation.of(Invitation.Status.EXPIRED);
		}
		else if (!row.email().equals(login)) {
			invitation = new Invitation(Invitation.Status.WRONG_ACCOUNT, 0, null, row.email());
		}
		else {
			invitation = new Invitation(Invitation.Status.VALID, row.organisationId(), row.organisationName(),
					row.email());
		}
		return new Evaluated(row.id(), invitation);
	}

	/**
	 * Takes this login out of the organisation.
	 * @return the organisation's name
	 * @throws LastMemberException when it is the only member
	 */
	@Transactional
	public String leave(long organisationId, CurrentAccount who) {
		String email = who.email();
		long accountId = this.members.require(organisationId, email);
		// Locks the organisation, so that its last two members cannot both leave at once.
		String name = this.jdbc.sql("select name from organisation where id = :id for update")
			.param("id", organisationId)
			.query(String.class)
			.single();
		long count = this.jdbc.sql("select count(*) from membership where organisation_id = :id")
			.param("id", organisationId)
			.query(Long.class)
			.single();
		if (count <= 1) {
			throw new LastMemberException();
		}
		this.jdbc.sql("delete from membership where organisation_id = :organisation and account_id = :account")
			.param("organisation", organisationId)
			.param("account", accountId)
			.update();
		return name;
	}

	/** Every member's address, enabled or not: who an invitation would make a member twice. */
	private List<String> allMemberEmails(long organisationId) {
		return this.accounts.names(memberIds(organisationId)).values().stream().map(AccountName::email).toList();
	}

	private static Map<String, Object> parameters(OrganisationData data) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("name", data.name());
		parameters.put("siret", data.siret().value());
		parameters.put("rna", (data.rna() != null) ? data.rna().value() : null);
		parameters.put("courtRegister", data.courtRegister());
		parameters.put("legalForm", data.legalFormCode());
		parameters.put("esus", data.esus());
		parameters.put("addressLine", data.addressLine());
		parameters.put("postcode", data.postcode());
		parameters.put("city", data.city());
		parameters.put("region", data.regionCode());
		parameters.put("website", data.website());
		return parameters;
	}

	private record PendingRequest(long accountId, String displayName, String status) {
	}

	private record InvitationRow(long id, long organisationId, String organisationName, String email, boolean used,
			boolean expired, boolean member) {
	}

	private record Evaluated(long id, Invitation invitation) {
	}

}
