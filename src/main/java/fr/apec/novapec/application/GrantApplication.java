package fr.apec.novapec.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.annotations.ListIndexJdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;

import fr.apec.novapec.application.ApplicationDraft.City;
import fr.apec.novapec.application.ApplicationDraft.CoFunder;
import fr.apec.novapec.application.ApplicationDraft.Indicator;
import fr.apec.novapec.application.ApplicationDraft.Partner;
import jakarta.persistence.CascadeType;
import jakarta.persistence.FetchType;

/**
 * A grant application (dossier), the aggregate of everything it says and of its history. Its organisation,
 * call and round belong to other modules and are named by id. Every change goes through a method here:
 * the step saves check that its members may still change it ({@link Lifecycle#editable}), the changes of
 * state check the lifecycle table for who makes them, and each change of state appends a line to its
 * history, which is never rewritten. {@code version} tells a page rendered from an older state.
 * <p>
 * The database keeps two links between children: a planned number of beneficiaries is for a public the
 * application targets, and a city lies in one of its regions. So the lists that depend on another
 * (beneficiaries, cities) are replaced whole by a new collection: Hibernate deletes their old rows before
 * it updates the publics and regions, and inserts the new ones after.
 */
@Entity
@Table(name = "grant_application")
@DynamicUpdate
class GrantApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Given by the column's default (V25) on insert; never changes. */
	@Generated
	@Column(insertable = false, updatable = false)
	private String reference;

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private long organisationId;

	@Column(name = "call_id", nullable = false)
	private long callId;

	@Column(name = "round_id")
	private Long roundId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ApplicationStatus status;

	@Column(nullable = false)
	private String title;

	private String summary;

	private String description;

	@Column(name = "theme_code", length = 20)
	private String themeCode;

	/** The total of {@link #planned}, kept for the exports and the showcase. */
	@Column(name = "planned_beneficiaries")
	private Integer plannedBeneficiaries;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "duration_months")
	private Integer durationMonths;

	@Column(name = "total_budget", precision = 14, scale = 2)
	private BigDecimal totalBudget;

	@Column(name = "requested_amount", precision = 14, scale = 2)
	private BigDecimal requestedAmount;

	@Column(name = "awarded_amount", precision = 14, scale = 2)
	private BigDecimal awardedAmount;

	@Generated
	@Column(name = "created_at", insertable = false, updatable = false)
	private Instant createdAt;

	/**
	 * The last activity, by which lists sort. A message of its thread touches it without changing what the
	 * application says: that must not make a page open on one of its steps stale, hence no new version.
	 */
	@OptimisticLock(excluded = true)
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	/**
	 * The weighted mean of its submitted score sheets, as the review module computes it (null while none is):
	 * a copy for the staff inbox's filter and sort. Scoring does not change what the application says, hence
	 * no new version.
	 */
	@OptimisticLock(excluded = true)
	@Column(name = "weighted_score", precision = 3, scale = 2)
	private BigDecimal weightedScore;

	/** The account (of the account module) that attested the last submission. */
	@Column(name = "attested_by")
	private Long attestedBy;

	@Column(name = "attested_by_name")
	private String attestedByName;

	@Column(name = "attested_at")
	private Instant attestedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "application_public", joinColumns = @JoinColumn(name = "application_id"))
	@Column(name = "public_code", nullable = false, length = 20)
	private Set<String> publics = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "application_region", joinColumns = @JoinColumn(name = "application_id"))
	private Set<RegionChoice> regions = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "application_beneficiary", joinColumns = @JoinColumn(name = "application_id"))
	@MapKeyColumn(name = "public_code", length = 20)
	@Column(name = "planned", nullable = false)
	private Map<String, Integer> planned = new LinkedHashMap<>();

	@ElementCollection
	@CollectionTable(name = "application_city", joinColumns = @JoinColumn(name = "application_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@ListIndexJdbcTypeCode(SqlTypes.SMALLINT)
	private List<CityRow> cities = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "co_funder", joinColumns = @JoinColumn(name = "application_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@ListIndexJdbcTypeCode(SqlTypes.SMALLINT)
	private List<CoFunderRow> coFunders = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "application_partner", joinColumns = @JoinColumn(name = "application_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@ListIndexJdbcTypeCode(SqlTypes.SMALLINT)
	private List<PartnerRow> partners = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "impact_indicator", joinColumns = @JoinColumn(name = "application_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@ListIndexJdbcTypeCode(SqlTypes.SMALLINT)
	private List<IndicatorRow> indicators = new ArrayList<>();

	/** Ids of documents of the organisation's vault (organisation module), always the organisation's own. */
	@ElementCollection
	@CollectionTable(name = "application_document", joinColumns = @JoinColumn(name = "application_id"))
	@Column(name = "document_id", nullable = false)
	private Set<Long> documentIds = new LinkedHashSet<>();

	/** Append-only: lines are added, never changed nor removed (see {@link StatusChangeRecord}). */
	@OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
	@JoinColumn(name = "application_id", nullable = false, updatable = false)
	@OrderBy("changedAt, id")
	private List<StatusChangeRecord> history = new ArrayList<>();

	protected GrantApplication() {
	}

	/** A new draft of this organisation for this call, created by one of its members, with its first line of history. */
	static GrantApplication draft(long organisationId, long callId, String title, long createdBy, Instant now) {
		GrantApplication application = new GrantApplication();
		application.organisationId = organisationId;
		application.callId = callId;
		application.title = title;
		application.status = ApplicationStatus.DRAFT;
		application.updatedAt = now;
		application.history.add(new StatusChangeRecord(null, ApplicationStatus.DRAFT, createdBy, now, null));
		return application;
	}

	// The steps, written by the organisation's members while the application is editable.

	/** Saves one step of the form (the documents given must be the organisation's own, see changeDocuments). */
	void change(DraftParts.Step step, Instant now) {
		if (step instanceof DraftParts.Project part) {
			changeProject(part, now);
		}
		else if (step instanceof DraftParts.ThemeAndPublics part) {
			changeThemeAndPublics(part, now);
		}
		else if (step instanceof DraftParts.Territories part) {
			changeTerritories(part, now);
		}
		else if (step instanceof DraftParts.Schedule part) {
			changeSchedule(part, now);
		}
		else if (step instanceof DraftParts.Budget part) {
			changeBudget(part, now);
		}
		else if (step instanceof DraftParts.Partners part) {
			changePartners(part, now);
		}
		else if (step instanceof DraftParts.Indicators part) {
			changeIndicators(part, now);
		}
		else if (step instanceof DraftParts.Documents part) {
			changeDocuments(part.documentIds(), now);
		}
	}

	void changeProject(DraftParts.Project part, Instant now) {
		requireEditable();
		this.title = part.title();
		this.summary = part.summary();
		this.description = part.description();
		this.updatedAt = now;
	}

	/** The theme and publics; the beneficiaries planned for a public no longer chosen go with it. */
	void changeThemeAndPublics(DraftParts.ThemeAndPublics part, Instant now) {
		requireEditable();
		this.themeCode = part.themeCode();
		this.publics.retainAll(part.publics());
		this.publics.addAll(part.publics());
		replacePlanned(this.planned);
		this.updatedAt = now;
	}

	/** The regions with the lead, and the cities (each in one of the regions, as the database checks). */
	void changeTerritories(DraftParts.Territories part, Instant now) {
		requireEditable();
		Set<RegionChoice> chosen = new LinkedHashSet<>();
		for (String code : part.regions()) {
			chosen.add(new RegionChoice(code, code.equals(part.leadRegion())));
		}
		this.regions.retainAll(chosen);
		this.regions.addAll(chosen);
		List<CityRow> rows = new ArrayList<>();
		for (City city : part.cities()) {
			rows.add(new CityRow(city.name(), city.regionCode(), city.priorityNeighbourhood()));
		}
		this.cities = rows;
		this.updatedAt = now;
	}

	/** The planned beneficiaries (only for publics it targets, the others are left out), start and duration. */
	void changeSchedule(DraftParts.Schedule part, Instant now) {
		requireEditable();
		this.startDate = part.startDate();
		this.durationMonths = part.durationMonths();
		replacePlanned(part.planned());
		this.updatedAt = now;
	}

	void changeBudget(DraftParts.Budget part, Instant now) {
		requireEditable();
		this.totalBudget = part.totalBudget();
		this.requestedAmount = part.requestedAmount();
		List<CoFunderRow> rows = new ArrayList<>();
		for (CoFunder funder : part.coFunders()) {
			rows.add(new CoFunderRow(funder.name(), funder.amount()));
		}
		this.coFunders = rows;
		this.updatedAt = now;
	}

	void changePartners(DraftParts.Partners part, Instant now) {
		requireEditable();
		List<PartnerRow> rows = new ArrayList<>();
		for (Partner partner : part.partners()) {
			rows.add(new PartnerRow(partner.name(), partner.role()));
		}
		this.partners = rows;
		this.updatedAt = now;
	}

	void changeIndicators(DraftParts.Indicators part, Instant now) {
		requireEditable();
		List<IndicatorRow> rows = new ArrayList<>();
		for (Indicator indicator : part.indicators()) {
			rows.add(new IndicatorRow(indicator.label(), indicator.target()));
		}
		this.indicators = rows;
		this.updatedAt = now;
	}

	/**
	 * Attaches exactly these documents. The caller gives only ids of documents of the application's own
	 * organisation (the vault tells which, see {@code DocumentVaultService.idsOwnedBy}).
	 */
	void changeDocuments(Collection<Long> ownDocumentIds, Instant now) {
		requireEditable();
		this.documentIds.retainAll(ownDocumentIds);
		this.documentIds.addAll(ownDocumentIds);
		this.updatedAt = now;
	}

	/** Attaches one more document of the organisation's own vault (once). */
	void attachDocument(long ownDocumentId, Instant now) {
		requireEditable();
		this.documentIds.add(ownDocumentId);
		this.updatedAt = now;
	}

	// The changes of state, each checked against the lifecycle table and written to the history.

	/**
	 * Submitted by a member who attests it (their account and name as it is now): it joins this round, or
	 * none to wait for the next one; the attestation replaces that of an earlier submission.
	 */
	void submit(long memberId, String memberName, Long roundId, Instant now) {
		transition(ApplicationStatus.SUBMITTED, Actor.APPLICANT, memberId, null, now);
		this.submittedAt = now;
		this.roundId = roundId;
		this.attestedBy = memberId;
		this.attestedByName = memberName;
		this.attestedAt = now;
	}

	/** Staff give it back to its members for changes, saying why. */
	void returnForChanges(long staffId, String reason, Instant now) {
		transition(ApplicationStatus.RETURNED, Actor.STAFF, staffId, reason, now);
	}

	/** Staff take it into review. */
	void putInReview(long staffId, Instant now) {
		transition(ApplicationStatus.IN_REVIEW, Actor.STAFF, staffId, null, now);
	}

	/** Staff find it not eligible, saying why: it is rejected before any review. */
	void declareIneligible(long staffId, String reason, Instant now) {
		transition(ApplicationStatus.REJECTED, Actor.STAFF, staffId, reason, now);
	}

	/** A member withdraws it, with the reason they gave (or none). */
	void withdraw(long memberId, String reason, Instant now) {
		transition(ApplicationStatus.WITHDRAWN, Actor.APPLICANT, memberId, reason, now);
	}

	/** The committee selects it with the amount awarded. */
	void select(long by, BigDecimal awarded, Instant now) {
		transition(ApplicationStatus.SELECTED, Actor.COMMITTEE, by, null, now);
		this.awardedAmount = awarded;
	}

	/** The committee rejects it, saying why. */
	void reject(long by, String reason, Instant now) {
		transition(ApplicationStatus.REJECTED, Actor.COMMITTEE, by, reason, now);
	}

	/**
	 * Attaches it to a round without changing its state (a round opened after it was submitted, or the committee
	 * deferred it to the next round). Its version moves on, so that a committee page read before is stale.
	 */
	void joinRound(long roundId) {
		this.roundId = roundId;
	}

	/** Its reviewers' weighted mean is now this one (null: no submitted sheet). */
	void scored(BigDecimal weightedMean) {
		this.weightedScore = weightedMean;
	}

	/** Something happened on the application (a message of its thread): its lists show it first. */
	void touch(Instant now) {
		this.updatedAt = now;
	}

	/** Whether staff may see it: submitted at least once, and not a draft (nor one withdrawn as a draft). */
	boolean visibleToStaff() {
		return this.status != ApplicationStatus.DRAFT && this.submittedAt != null;
	}

	private void transition(ApplicationStatus to, Actor by, Long accountId, String reason, Instant now) {
		Lifecycle.check(this.id, this.status, to, by);
		this.history.add(new StatusChangeRecord(this.status, to, accountId, now, reason));
		this.status = to;
		this.updatedAt = now;
	}

	private void requireEditable() {
		if (!Lifecycle.editable(this.status)) {
			throw new ApplicationNotEditableException(this.id, this.status);
		}
	}

	/**
	 * Beneficiaries only for the publics chosen, as a new collection (see the class comment), and their
	 * total.
	 */
	private void replacePlanned(Map<String, Integer> wanted) {
		Map<String, Integer> kept = new LinkedHashMap<>();
		wanted.forEach((code, number) -> {
			if (this.publics.contains(code) && number != null) {
				kept.put(code, number);
			}
		});
		this.planned = kept;
		this.plannedBeneficiaries = kept.isEmpty() ? null : kept.values().stream().mapToInt(Integer::intValue).sum();
	}

	Long id() {
		return this.id;
	}

	String reference() {
		return this.reference;
	}

	long organisationId() {
		return this.organisationId;
	}

	long callId() {
		return this.callId;
	}

	Long roundId() {
		return this.roundId;
	}

	ApplicationStatus status() {
		return this.status;
	}

	String title() {
		return this.title;
	}

	String summary() {
		return this.summary;
	}

	String description() {
		return this.description;
	}

	String themeCode() {
		return this.themeCode;
	}

	LocalDate startDate() {
		return this.startDate;
	}

	Integer durationMonths() {
		return this.durationMonths;
	}

	BigDecimal totalBudget() {
		return this.totalBudget;
	}

	BigDecimal requestedAmount() {
		return this.requestedAmount;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	Instant submittedAt() {
		return this.submittedAt;
	}

	String attestedByName() {
		return this.attestedByName;
	}

	Instant attestedAt() {
		return this.attestedAt;
	}

	long version() {
		return this.version;
	}

	Set<String> publics() {
		return Set.copyOf(this.publics);
	}

	List<String> regionCodes() {
		return this.regions.stream().map(RegionChoice::regionCode).toList();
	}

	String leadRegion() {
		return this.regions.stream().filter(RegionChoice::lead).map(RegionChoice::regionCode).findFirst().orElse(null);
	}

	Map<String, Integer> planned() {
		return Map.copyOf(this.planned);
	}

	List<City> cities() {
		return this.cities.stream().map((c) -> new City(c.name(), c.regionCode(), c.priorityNeighbourhood())).toList();
	}

	List<CoFunder> coFunders() {
		return this.coFunders.stream().map((c) -> new CoFunder(c.name(), c.amount())).toList();
	}

	List<Partner> partners() {
		return this.partners.stream().map((p) -> new Partner(p.name(), p.role())).toList();
	}

	List<Indicator> indicators() {
		return this.indicators.stream().map((i) -> new Indicator(i.label(), i.target())).toList();
	}

	Set<Long> documentIds() {
		return Set.copyOf(this.documentIds);
	}

	/** A region of the application, and whether it is the lead one (at most one is, as the database checks). */
	@Embeddable
	record RegionChoice(@Column(name = "region_code", nullable = false, length = 2) String regionCode,
			@Column(name = "lead", nullable = false) boolean lead) {
	}

	@Embeddable
	record CityRow(@Column(name = "name", nullable = false) String name,
			@Column(name = "region_code", nullable = false, length = 2) String regionCode,
			@Column(name = "priority_neighbourhood", nullable = false) boolean priorityNeighbourhood) {
	}

	@Embeddable
	record CoFunderRow(@Column(name = "name", nullable = false) String name,
			@Column(name = "amount", nullable = false, precision = 14, scale = 2) BigDecimal amount) {
	}

	@Embeddable
	record PartnerRow(@Column(name = "name", nullable = false) String name, @Column(name = "role") String role) {
	}

	@Embeddable
	record IndicatorRow(@Column(name = "label", nullable = false) String label,
			@Column(name = "target", nullable = false) int target) {
	}

}
