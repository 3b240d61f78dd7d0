package fr.apec.novapec.organisation;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.apec.novapec.account.AccountName;
import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.CurrentAccount;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations: registering one, reading and changing what is known of it, and what other modules ask
 * of them by id (membership, names, addresses to mail). Every method that takes an organisation id and a
 * {@link CurrentAccount} answers only if that account is a member: anyone else, like an id that does not
 * exist, gets {@link OrganisationNotFoundException} (a 404), so that guessing ids tells nothing. Joining
 * and leaving are {@link MembershipService}'s job, the documents {@link DocumentVaultService}'s.
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

	private final OrganisationRepository organisations;

	private final OrganisationQueries queries;

	private final Members members;

	private final MembershipService memberships;

	private final AccountService accounts;

	OrganisationService(OrganisationRepository organisations, OrganisationQueries queries, Members members,
			MembershipService memberships, AccountService accounts) {
		this.organisations = organisations;
		this.queries = queries;
		this.members = members;
		this.memberships = memberships;
		this.accounts = accounts;
	}

	/** The organisations this account belongs to, by name; never anyone else's. */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> organisationsOf(CurrentAccount who) {
		return this.organisations.summariesWithMember(who.id());
	}

	/**
	 * Registers an organisation with the person creating it as its first member.
	 * @return its id; when this person already created one with this SIRET (a form sent twice), that one's
	 * @throws SiretAlreadyRegisteredException when another organisation has this SIRET
	 */
	@Transactional
	public long create(CurrentAccount who, OrganisationData data) {
		String siret = data.siret().value();
		int created = this.organisations.insertUnlessSiretTaken(data.name(), siret,
				(data.rna() != null) ? data.rna().value() : null, data.courtRegister(), data.legalFormCode(),
				data.esus(), data.addressLine(), data.postcode(), data.city(), data.regionCode(), data.website());
		Organisation organisation = this.organisations.findBySiret(siret).orElseThrow();
		if (created == 1) {
			organisation.admit(who.id(), Instant.now());
		}
		else if (!organisation.hasMember(who.id())) {
			throw new SiretAlreadyRegisteredException(siret);
		}
		return organisation.getId();
	}

	/**
	 * The organisation, if this account is one of its members.
	 * @throws OrganisationNotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	public OrganisationDetails details(long organisationId, CurrentAccount who) {
		return this.queries.details(organisationId, who.id()).orElseThrow(OrganisationNotFoundException::new);
	}

	/**
	 * The organisation and its members, for Apec staff reading one of its applications. Unlike every other
	 * method here it asks for no account: the caller answers for the reader being staff (the routes of
	 * /gestion/candidatures are for staff and administrators only).
	 * @throws OrganisationNotFoundException when there is no such organisation
	 */
	@Transactional(readOnly = true)
	public OrganisationIdentity identityForStaff(long organisationId) {
		OrganisationDetails details = this.queries.details(organisationId)
			.orElseThrow(OrganisationNotFoundException::new);
		return new OrganisationIdentity(details, this.memberships.membersOf(organisationId));
	}

	/**
	 * The organisation's legal form (and whether the law makes it part of the ESS), its ESUS approval and
	 * the region of its head office, if this account is one of its members.
	 * @throws OrganisationNotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	public OrganisationProfile profile(long organisationId, CurrentAccount who) {
		return this.queries.profile(organisationId, who.id()).orElseThrow(OrganisationNotFoundException::new);
	}

	/**
	 * The organisation's standing in the ESS (as {@link #profile}), for Apec staff re-running the eligibility
	 * rules on one of its applications; the caller answers for the reader being staff.
	 * @throws OrganisationNotFoundException when there is no such organisation
	 */
	@Transactional(readOnly = true)
	public OrganisationProfile profileForStaff(long organisationId) {
		return this.queries.profile(organisationId).orElseThrow(OrganisationNotFoundException::new);
	}

	/**
	 * Replaces what is known of the organisation by what a member typed on a page that showed it at
	 * {@code readVersion} ({@link OrganisationDetails#version()}).
	 * @throws SiretAlreadyRegisteredException when the new SIRET is another organisation's
	 * @throws OrganisationChangedException when the organisation was changed since that page was read, or
	 * is being changed at this moment by someone else; nothing is changed
	 * @throws OrganisationNotFoundException when this account is not a member
	 */
	@Transactional
	public void update(long organisationId, CurrentAccount who, OrganisationData data, long readVersion) {
		this.members.require(organisationId, who);
		String siret = data.siret().value();
		if (this.organisations.existsBySiretAndIdNot(siret, organisationId)) {
			throw new SiretAlreadyRegisteredException(siret);
		}
		Organisation organisation = this.organisations.findById(organisationId)
			.orElseThrow(OrganisationNotFoundException::new);
		organisation.update(data, readVersion);
		try {
			this.organisations.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// Another organisation took this SIRET between the check and the update.
			throw new SiretAlreadyRegisteredException(siret);
		}
		catch (OptimisticLockingFailureException ex) {
			// Another change of the same version was written between the read and this write.
			throw new OrganisationChangedException();
		}
	}

	/**
	 * The members of the organisation, by name, if this account is one of them.
	 * @throws OrganisationNotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	public List<MemberRow> members(long organisationId, CurrentAccount who) {
		return this.memberships.members(organisationId, who);
	}

	/** Whether the account with this id is a member of the organisation with this id. */
	@Transactional(readOnly = true)
	public boolean isMember(long organisationId, long accountId) {
		return this.organisations.isMember(organisationId, accountId);
	}

	/**
	 * The SIRET of the organisation with this id, whoever asks: what a reviewer's declaration of conflict of
	 * interest is held against (it covers every application of the organisation). Empty for an unknown id.
	 */
	@Transactional(readOnly = true)
	public Optional<String> siretOf(long organisationId) {
		return this.organisations.siretOf(organisationId);
	}

	/**
	 * The SIRETs of these organisations, in one query, for the lists of other modules (the budget's open data
	 * names each beneficiary by its SIRET).
	 * @return by id; ids of no organisation are left out
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> sirets(Collection<Long> organisationIds) {
		Map<Long, String> sirets = new LinkedHashMap<>();
		if (!organisationIds.isEmpty()) {
			this.organisations.sirets(Set.copyOf(organisationIds)).forEach((each) -> sirets.put(each.getId(), each.getName()));
		}
		return sirets;
	}

	/**
	 * Which of these accounts are members of the organisation with this id, in one query (for a history that
	 * tells members' changes from staff's).
	 */
	@Transactional(readOnly = true)
	public Set<Long> membersAmong(long organisationId, Collection<Long> accountIds) {
		return accountIds.isEmpty() ? Set.of() : Set.copyOf(this.organisations.membersAmong(organisationId, accountIds));
	}

	/** The ids of the organisations this account is a member of, in no particular order. */
	@Transactional(readOnly = true)
	public List<Long> organisationIdsOf(long accountId) {
		return this.organisations.idsWithMember(accountId);
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
		for (OrganisationRepository.IdAndName each : this.organisations.names(Set.copyOf(organisationIds))) {
			names.put(each.getId(), each.getName());
		}
		return names;
	}

	/**
	 * The name, SIRET and city of these organisations, in one statement however many they are (an export of
	 * thousands of applications asks for all of its organisations at once).
	 * @return by id; ids of no organisation are left out
	 */
	@Transactional(readOnly = true)
	public Map<Long, OrganisationSummary> summaries(Collection<Long> organisationIds) {
		Map<Long, OrganisationSummary> summaries = new HashMap<>();
		if (!organisationIds.isEmpty()) {
			for (OrganisationSummary each : this.queries.summaries(organisationIds.toArray(Long[]::new))) {
				summaries.put(each.id(), each);
			}
		}
		return summaries;
	}

	/**
	 * The ids of the organisations whose name matches this ILIKE pattern, for a search by organisation
	 * name; the caller escapes {@code %} and {@code _} with a backslash where it means them literally.
	 */
	@Transactional(readOnly = true)
	public List<Long> idsNamedLike(String likePattern) {
		return this.organisations.idsNamedLike(likePattern);
	}

	/**
	 * The addresses of the members of the organisation whose account is enabled, sorted: where a mail
	 * about the organisation (or one of its applications) goes. Empty for an unknown organisation.
	 */
	@Transactional(readOnly = true)
	public List<String> memberEmails(long organisationId) {
		return this.accounts.names(this.organisations.memberIds(organisationId))
			.values()
			.stream()
			.filter(AccountName::enabled)
			.map(AccountName::email)
			.sorted()
			.toList();
	}

}
