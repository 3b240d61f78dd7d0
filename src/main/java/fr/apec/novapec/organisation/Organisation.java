package fr.apec.novapec.organisation;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;

/**
 * An organisation of the social and solidarity economy and its members: the aggregate root of tables
 * organisation and membership. Its rules (who may join, that the last member stays) are its methods;
 * member accounts are known by id.
 */
@Entity
@Table(name = "organisation")
class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false, unique = true)
	private String siret;

	private String rna;

	@Column(name = "court_register")
	private String courtRegister;

	@Column(name = "legal_form_code", nullable = false)
	private String legalFormCode;

	@Column(nullable = false)
	private boolean esus;

	@Column(name = "address_line", nullable = false)
	private String addressLine;

	@Column(nullable = false)
	private String postcode;

	@Column(nullable = false)
	private String city;

	@Column(name = "region_code", nullable = false)
	private String regionCode;

	private String website;

	@Column(name = "created_at", nullable = false, insertable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	/**
	 * Not part of the version: members join and leave under a lock on the organisation's row (see
	 * {@code OrganisationRepository.findLockedById}), and a member joining must not make another member's
	 * edit of the organisation's details fail.
	 */
	@ElementCollection
	@CollectionTable(name = "membership", joinColumns = @JoinColumn(name = "organisation_id"))
	@OptimisticLock(excluded = true)
	private Set<Membership> memberships = new HashSet<>();

	protected Organisation() {
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	String getSiret() {
		return this.siret;
	}

	/**
	 * Replaces what is known of the organisation by what a member typed on a page read at this version.
	 * @throws OrganisationChangedException when it was changed since (in another tab, by another member)
	 */
	void update(OrganisationData data, long readVersion) {
		if (readVersion != this.version) {
			throw new OrganisationChangedException();
		}
		this.name = data.name();
		this.siret = data.siret().value();
		this.rna = (data.rna() != null) ? data.rna().value() : null;
		this.courtRegister = data.courtRegister();
		this.legalFormCode = data.legalFormCode();
		this.esus = data.esus();
		this.addressLine = data.addressLine();
		this.postcode = data.postcode();
		this.city = data.city();
		this.regionCode = data.regionCode();
		this.website = data.website();
	}

	boolean hasMember(long accountId) {
		return this.memberships.stream().anyMatch((membership) -> membership.accountId() == accountId);
	}

	/** The member accounts' ids. */
	List<Long> memberIds() {
		return this.memberships.stream().map(Membership::accountId).toList();
	}

	/** The memberships, to list who joined when. */
	Set<Membership> memberships() {
		return Set.copyOf(this.memberships);
	}

	/**
	 * Makes the account a member; nothing when it is one already (a request accepted and an invitation
	 * used for the same person).
	 * @return whether it joined now
	 */
	boolean admit(long accountId, Instant now) {
		if (hasMember(accountId)) {
			return false;
		}
		return this.memberships.add(new Membership(accountId, now));
	}

	/**
	 * Takes the account out of the organisation. The caller holds the lock on the organisation's row, so
	 * that its last two members cannot both leave at once.
	 * @throws LastMemberException when it is the only member: nobody would be left to manage it
	 */
	void leave(long accountId) {
		if (this.memberships.size() <= 1) {
			throw new LastMemberException();
		}
		this.memberships.removeIf((membership) -> membership.accountId() == accountId);
	}

}
