package fr.apec.novapec.laureate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The public record of a funded project: its carriers and partners, regions, publics and cities, the
 * optional fields its organisation agreed to publish, and the beneficiaries it planned and, once a report is
 * approved, reached.
 * <p>
 * Its round is named by id ({@code roundId}, a round of the selection module); the round's label and
 * committee day are copied here when the laureate is created, so that the showcase reads them from this
 * record alone. The database keeps the rest in step with every write: the search document and
 * {@code updated_at} (trigger of V9), and the showcase version that empties the showcase's caches.
 * <p>
 * An update writes only the columns that changed: recording the reached beneficiaries (a report's
 * approval) then cannot put back an older value of a field that another transaction changed meanwhile.
 */
@Entity
@Table(name = "laureate_project")
@DynamicUpdate
class LaureateProject {

	/** The optional fields an organisation may agree to publish (the values of {@code published_fields}). */
	static final List<String> OPTIONAL_FIELDS = List.of("description", "partners", "cities", "planned_beneficiaries",
			"reached_beneficiaries");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Column(name = "theme_code", nullable = false, length = 20)
	private String themeCode;

	@Column(nullable = false)
	private int year;

	/** The selection round that chose it, or null for a project loaded as history without one. */
	@Column(name = "round_id")
	private Long roundId;

	/** That round's label, as it was when the laureate was selected. */
	@Column(name = "selection_label")
	private String selectionLabel;

	/** The day that round's committee selected it. */
	@Column(name = "selected_on")
	private LocalDate selectedOn;

	/** The grant application it was created from; null for history. */
	@Column(name = "application_id", unique = true)
	private Long applicationId;

	@Column(nullable = false)
	private String summary;

	@Column(nullable = false)
	private String description;

	@Column(name = "planned_beneficiaries")
	private Integer plannedBeneficiaries;

	@Column(name = "reached_beneficiaries")
	private Integer reachedBeneficiaries;

	@Column(nullable = false)
	private boolean published = true;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "published_fields", nullable = false)
	private List<String> publishedFields = new ArrayList<>(OPTIONAL_FIELDS);

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	/** Stamped by the database at every write (trigger of V9); never written from here. */
	@Column(name = "updated_at", insertable = false, updatable = false)
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "laureate_organisation", joinColumns = @JoinColumn(name = "laureate_id"))
	@OrderBy("position")
	private List<LaureateOrganisation> organisations = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "laureate_region", joinColumns = @JoinColumn(name = "laureate_id"))
	@Column(name = "region_code", nullable = false, length = 2)
	private Set<String> regionCodes = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "laureate_public", joinColumns = @JoinColumn(name = "laureate_id"))
	@Column(name = "public_code", nullable = false, length = 20)
	private Set<String> publicCodes = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "laureate_city", joinColumns = @JoinColumn(name = "laureate_id"))
	@OrderBy("position")
	private List<LaureateCity> cities = new ArrayList<>();

	protected LaureateProject() {
	}

	LaureateProject(String slug, String name, String themeCode, int year, String summary, String description) {
		this.slug = slug;
		this.name = name;
		this.themeCode = themeCode;
		this.year = year;
		this.summary = summary;
		this.description = description;
	}

	/**
	 * Records the round that selected it, with that round's label and committee day as they are now: the
	 * showcase tells when a laureate was chosen, which a later change to the round does not rewrite.
	 */
	void selectedIn(long roundId, String roundLabel, LocalDate committeeDate) {
		this.roundId = roundId;
		this.selectionLabel = roundLabel;
		this.selectedOn = committeeDate;
	}

	void createdFrom(long applicationId) {
		this.applicationId = applicationId;
	}

	void addCarrier(String organisation) {
		addOrganisation(organisation, LaureateOrganisation.Role.CARRIER);
	}

	void addPartner(String organisation) {
		addOrganisation(organisation, LaureateOrganisation.Role.PARTNER);
	}

	void actsIn(String regionCode) {
		this.regionCodes.add(regionCode);
	}

	void serves(String publicCode) {
		this.publicCodes.add(publicCode);
	}

	void addCity(String city, String regionCode, boolean priorityNeighbourhood) {
		this.cities.add(new LaureateCity((short) (this.cities.size() + 1), city, regionCode, priorityNeighbourhood));
	}

	void plans(Integer beneficiaries) {
		if (beneficiaries != null && beneficiaries <= 0) {
			throw new IllegalArgumentException("A project plans to reach at least one person");
		}
		this.plannedBeneficiaries = beneficiaries;
	}

	/**
	 * The beneficiaries reached, as a report approved by staff says: the last approved report's figure
	 * replaces any earlier one.
	 */
	void recordReachedBeneficiaries(int reached) {
		if (reached < 0) {
			throw new IllegalArgumentException("Beneficiaries reached cannot be negative: " + reached);
		}
		this.reachedBeneficiaries = reached;
	}

	/** Only these optional fields show on the showcase; the others stay in the database. */
	void publishOnly(Set<String> fields) {
		if (!OPTIONAL_FIELDS.containsAll(fields)) {
			throw new IllegalArgumentException("Unknown optional fields in " + fields);
		}
		this.publishedFields = new ArrayList<>(OPTIONAL_FIELDS.stream().filter(fields::contains).toList());
	}

	boolean publishes(String field) {
		return this.publishedFields.contains(field);
	}

	void unpublish() {
		this.published = false;
	}

	private void addOrganisation(String organisation, LaureateOrganisation.Role role) {
		this.organisations
			.add(new LaureateOrganisation((short) (this.organisations.size() + 1), organisation, role));
	}

	Long getId() {
		return this.id;
	}

	String getSlug() {
		return this.slug;
	}

	String getName() {
		return this.name;
	}

	Long getRoundId() {
		return this.roundId;
	}

	String getSelectionLabel() {
		return this.selectionLabel;
	}

	LocalDate getSelectedOn() {
		return this.selectedOn;
	}

	Long getApplicationId() {
		return this.applicationId;
	}

	Integer getPlannedBeneficiaries() {
		return this.plannedBeneficiaries;
	}

	Integer getReachedBeneficiaries() {
		return this.reachedBeneficiaries;
	}

	boolean isPublished() {
		return this.published;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	List<LaureateOrganisation> getOrganisations() {
		return List.copyOf(this.organisations);
	}

	Set<String> getRegionCodes() {
		return Set.copyOf(this.regionCodes);
	}

	Set<String> getPublicCodes() {
		return Set.copyOf(this.publicCodes);
	}

	List<LaureateCity> getCities() {
		return List.copyOf(this.cities);
	}

}
