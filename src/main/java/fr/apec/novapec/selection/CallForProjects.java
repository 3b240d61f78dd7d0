package fr.apec.novapec.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import fr.apec.novapec.organisation.DocumentKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A call for projects: its rules, the themes it funds, the most a project may receive, when it is open and
 * when its laureates report. Its rounds are aggregates of their own ({@link SelectionRound}), which refer to
 * it by id.
 */
@Entity
@Table(name = "call_for_projects")
class CallForProjects {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String rules;

	/** Null while the call sets no maximum (the Novapec call does not publish one). */
	@Column(name = "max_amount", precision = 14, scale = 2)
	private BigDecimal maxAmount;

	@Column(name = "opens_on", nullable = false)
	private LocalDate opensOn;

	/** Null for a continuous call. */
	@Column(name = "closes_on")
	private LocalDate closesOn;

	/** Months after a project's start when its interim report is due; null when the call asks for none. */
	@Column(name = "interim_report_months")
	private Integer interimReportMonths;

	@Column(name = "final_report_due", nullable = false)
	private boolean finalReportDue = true;

	@ElementCollection
	@CollectionTable(name = "call_theme", joinColumns = @JoinColumn(name = "call_id"))
	@Column(name = "theme_code", nullable = false, length = 20)
	private Set<String> themeCodes = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "call_public", joinColumns = @JoinColumn(name = "call_id"))
	@Column(name = "public_code", nullable = false, length = 20)
	private Set<String> publicCodes = new LinkedHashSet<>();

	/** The kinds of vault document an application's organisation must hold for it to be submitted. */
	@ElementCollection
	@CollectionTable(name = "call_required_document", joinColumns = @JoinColumn(name = "call_id"))
	@Column(name = "document_kind", nullable = false, length = 20)
	@Enumerated(EnumType.STRING)
	private Set<DocumentKind> requiredDocuments = new LinkedHashSet<>();

	/** Staff will edit calls: a stale form must be told so rather than overwrite another's change. */
	@Version
	private long version;

	protected CallForProjects() {
	}

	CallForProjects(String slug, String title, String rules, LocalDate opensOn, Set<String> themeCodes) {
		this.slug = slug;
		this.title = title;
		this.rules = rules;
		this.opensOn = opensOn;
		this.themeCodes = new LinkedHashSet<>(themeCodes);
	}

	Long getId() {
		return this.id;
	}

	String getSlug() {
		return this.slug;
	}

	String getTitle() {
		return this.title;
	}

	String getRules() {
		return this.rules;
	}

	BigDecimal getMaxAmount() {
		return this.maxAmount;
	}

	LocalDate getOpensOn() {
		return this.opensOn;
	}

	LocalDate getClosesOn() {
		return this.closesOn;
	}

	Integer getInterimReportMonths() {
		return this.interimReportMonths;
	}

	boolean isFinalReportDue() {
		return this.finalReportDue;
	}

	Set<String> getThemeCodes() {
		return Set.copyOf(this.themeCodes);
	}

	Set<String> getPublicCodes() {
		return Set.copyOf(this.publicCodes);
	}

	Set<DocumentKind> getRequiredDocuments() {
		return Set.copyOf(this.requiredDocuments);
	}

	/**
	 * Replaces its settings by what an administrator typed on a page that showed the call at
	 * {@code readVersion}.
	 * @throws CallChangedException when the call was changed since that page was read
	 */
	void update(CallChanges changes, long readVersion) {
		if (readVersion != this.version) {
			throw new CallChangedException(this.id);
		}
		if (changes.closesOn() != null && changes.closesOn().isBefore(changes.opensOn())) {
			throw new IllegalArgumentException("A call cannot close before it opens");
		}
		this.title = changes.title();
		this.rules = changes.rules();
		this.opensOn = changes.opensOn();
		this.closesOn = changes.closesOn();
		this.maxAmount = changes.maxAmount();
		this.interimReportMonths = changes.interimReportMonths();
		this.finalReportDue = changes.finalReportDue();
		replace(this.themeCodes, changes.themeCodes());
		replace(this.publicCodes, changes.publicCodes());
		replace(this.requiredDocuments, changes.requiredDocuments());
	}

	/** Changes the collection in place, so that Hibernate writes only the rows that differ. */
	private static <T> void replace(Set<T> current, Collection<T> wanted) {
		current.retainAll(wanted);
		current.addAll(wanted);
	}

	long getVersion() {
		return this.version;
	}

}
