package fr.apec.novapec.application;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.account.AccountName;
import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.application.ApplicationDraft.City;
import fr.apec.novapec.application.ApplicationDraft.CoFunder;
import fr.apec.novapec.application.ApplicationDraft.Indicator;
import fr.apec.novapec.application.ApplicationDraft.Partner;
import fr.apec.novapec.organisation.DocumentRow;
import fr.apec.novapec.organisation.DocumentVaultService;
import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.selection.RoundSummary;
import fr.apec.novapec.selection.SelectionService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application module's read façade for other modules: an application as its members or staff read it,
 * summaries for lists, and the selected projects.
 */
@Service
public class Applications {

	/**
	 * Staff see an application once it has been submitted: never a draft, nor one withdrawn as a draft. A
	 * condition on {@code grant_application g}, the predicate of V20's partial index, used here and by
	 * {@link StaffApplicationQueries}.
	 */
	static final String STAFF_VISIBLE = "g.status <> 'DRAFT' and g.submitted_at is not null";

	private final JdbcClient jdbc;

	private final StatusChangeRecordRepository history;

	private final OrganisationService organisations;

	private final AccountService accounts;

	private final SelectionService selection;

	private final DocumentVaultService vault;

	private final ObjectProvider<ReviewerAccess> reviewerAccess;

	Applications(JdbcClient jdbc, StatusChangeRecordRepository history, OrganisationService organisations,
			AccountService accounts, SelectionService selection, DocumentVaultService vault,
			ObjectProvider<ReviewerAccess> reviewerAccess) {
		this.reviewerAccess = reviewerAccess;
		this.jdbc = jdbc;
		this.history = history;
		this.organisations = organisations;
		this.accounts = accounts;
		this.selection = selection;
		this.vault = vault;
	}

	/**
	 * The application as staff read it, only once it was submitted (never a draft).
	 * @throws ApplicationNotFoundException when there is no such application or it was never submitted
	 */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional(readOnly = true)
	public ApplicationDraft submittedApplication(long id) {
		return read(id, null, true);
	}

	/**
	 * The application as a reviewer reads it: its content only (never its thread with the organisation nor
	 * its history), once it was submitted, and only when the review module's {@link ReviewerAccess} says
	 * this reviewer may read it (assigned, no conflict of interest declared).
	 * @throws ApplicationNotFoundException when there is no such application or it was never submitted
	 * @throws AccessDeniedException when this reviewer may not read it (a 403)
	 */
	@PreAuthorize("hasRole('REVIEWER')")
	@Transactional(readOnly = true)
	public ApplicationDraft applicationForReviewer(long id, CurrentAccount who) {
		ReviewerAccess access = this.reviewerAccess.getIfAvailable();
		if (access == null || !access.mayRead(id, who.id())) {
			throw new AccessDeniedException("Reviewer " + who.id() + " may not read application " + id);
		}
		return read(id, null, true);
	}

	/**
	 * What the review module lists of these applications once submitted (never a draft): title,
	 * organisation, call, round and state, by id, in a fixed number of statements; other ids are left out.
	 * Nothing of their content: the caller answers for who reads the list.
	 */
	@Transactional(readOnly = true)
	public Map<Long, ApplicationUnderReview> underReview(Collection<Long> ids) {
		Map<Long, ApplicationUnderReview> rows = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return rows;
		}
		Map<Long, Long> roundIds = new LinkedHashMap<>();
		this.jdbc.sql("select g.id, g.reference, g.title, g.organisation_id, g.status, g.call_id, g.round_id "
				+ "from grant_application g where g.id = any (:ids) and " + STAFF_VISIBLE + " order by g.id")
			.param("ids", ids.toArray(new Long[0]))
			.query((RowCallbackHandler) (rs) -> {
				rows.put(rs.getLong(1), new ApplicationUnderReview(rs.getLong(1), rs.getString(2), rs.getString(3),
						rs.getLong(4), null, ApplicationStatus.valueOf(rs.getString(5)), rs.getLong(6), null));
				Long round = rs.getObject(7, Long.class);
				if (round != null) {
					roundIds.put(rs.getLong(1), round);
				}
			});
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, String> names = this.organisations
			.names(rows.values().stream().map(ApplicationUnderReview::organisationId).distinct().toList());
		Map<Long, RoundSummary> rounds = roundIds.isEmpty() ? Map.of()
				: this.selection.rounds(roundIds.values().stream().distinct().toList());
		rows.replaceAll((id, row) -> {
			RoundSummary round = rounds.get(roundIds.get(id));
			return new ApplicationUnderReview(row.id(), row.reference(), row.title(), row.organisationId(),
					names.get(row.organisationId()), row.status(), row.callId(), (round != null) ? round.label() : null);
		});
		return rows;
	}

	/** The summaries of these applications by id, in one query; unknown ids are left out. */
	@Transactional(readOnly = true)
	public Map<Long, ApplicationSummary> summaries(Collection<Long> ids) {
		Map<Long, ApplicationSummary> summaries = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return summaries;
		}
		this.jdbc.sql("""
				select g.id, g.reference, g.title, g.organisation_id, g.status, g.call_id
				from grant_application g where g.id = any (:ids) order by g.id""")
			.param("ids", ids.toArray(new Long[0]))
			.query((RowCallbackHandler) (rs) -> summaries.put(rs.getLong(1),
					new ApplicationSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), null,
							ApplicationStatus.valueOf(rs.getString(5)), rs.getLong(6))));
		Map<Long, String> names = this.organisations
			.names(summaries.values().stream().map(ApplicationSummary::organisationId).distinct().toList());
		summaries.replaceAll((id, summary) -> new ApplicationSummary(summary.id(), summary.reference(), summary.title(),
				summary.organisationId(), names.get(summary.organisationId()), summary.status(), summary.callId()));
		return summaries;
	}

	/** Every selected application with a start date, by id. */
	@Transactional(readOnly = true)
	public List<SelectedProject> selectedProjects() {
		return this.jdbc.sql("""
				select id, call_id, start_date, duration_months from grant_application
				where status = 'SELECTED' and start_date is not null order by id""")
			.query((rs, n) -> new SelectedProject(rs.getLong(1), rs.getLong(2), ((Date) rs.getDate(3)).toLocalDate(),
					(Integer) rs.getObject(4)))
			.list();
	}

	/**
	 * Everything the application says, if this login is a member of its organisation.
	 * @throws ApplicationNotFoundException otherwise, or when there is no such application
	 */
	@Transactional(readOnly = true)
	public ApplicationDraft draft(long id, CurrentAccount who) {
		return read(id, who, false);
	}

	/**
	 * The application's own tables, then its organisation's name, its call's maximum and its round's label
	 * from their modules. A member's read checks membership with the organisation module; staff read it once
	 * submitted.
	 */
	private ApplicationDraft read(long id, CurrentAccount who, boolean staff) {
		Map<String, Object> row = this.jdbc.sql("""
				select g.id, g.reference, g.organisation_id, g.call_id, g.round_id, g.status, g.updated_at, g.title,
				       g.summary, g.description, g.theme_code, g.start_date, g.duration_months, g.total_budget,
				       g.requested_amount, g.version
				from grant_application g
				where g.id = :id""" + (staff ? " and " + STAFF_VISIBLE : ""))
			.param("id", id)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(ApplicationNotFoundException::new);
		long organisationId = ((Number) row.get("organisation_id")).longValue();
		if (!staff && !this.organisations.isMember(organisationId, who.id())) {
			throw new ApplicationNotFoundException();
		}
		String organisationName = this.organisations.names(List.of(organisationId)).get(organisationId);
		BigDecimal maxAmount = this.selection.call(((Number) row.get("call_id")).longValue()).maxAmount();
		Number roundId = (Number) row.get("round_id");
		String roundLabel = (roundId != null)
				? this.selection.round(roundId.longValue()).map(RoundSummary::label).orElse(null) : null;
		List<String> publics = this.jdbc.sql("""
				select p.public_code from application_public p join target_public t on t.code = p.public_code
				where p.application_id = :id order by t.position""")
			.param("id", id)
			.query(String.class)
			.list();
		List<String> regions = new ArrayList<>();
		String[] lead = new String[1];
		this.jdbc.sql("""
				select a.region_code, a.lead from application_region a join region r on r.code = a.region_code
				where a.application_id = :id order by r.position""")
			.param("id", id)
			.query((RowCallbackHandler) (rs) -> {
				regions.add(rs.getString("region_code"));
				if (rs.getBoolean("lead")) {
					lead[0] = rs.getString("region_code");
				}
			});
		List<City> cities = this.jdbc.sql("""
				select name, region_code, priority_neighbourhood from application_city
				where application_id = :id order by position""")
			.param("id", id)
			.query((rs, n) -> new City(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
			.list();
		Map<String, Integer> planned = new LinkedHashMap<>();
		this.jdbc.sql("""
				select b.public_code, b.planned from application_beneficiary b
				join target_public t on t.code = b.public_code
				where b.application_id = :id order by t.position""")
			.param("id", id)
			.query((RowCallbackHandler) (rs) -> planned.put(rs.getString(1), rs.getInt(2)));
		List<CoFunder> coFunders = this.jdbc.sql("""
				select name, amount from co_funder where application_id = :id order by position""")
			.param("id", id)
			.query((rs, n) -> new CoFunder(rs.getString(1), rs.getBigDecimal(2)))
			.list();
		List<Partner> partners = this.jdbc.sql("""
				select name, role from application_partner where application_id = :id order by position""")
			.param("id", id)
			.query((rs, n) -> new Partner(rs.getString(1), rs.getString(2)))
			.list();
		List<Indicator> indicators = this.jdbc.sql("""
				select label, target from impact_indicator where application_id = :id order by position""")
			.param("id", id)
			.query((rs, n) -> new Indicator(rs.getString(1), rs.getInt(2)))
			.list();
		List<Long> documentIds = this.jdbc.sql("""
				select a.document_id from application_document a where a.application_id = :id order by a.document_id""")
			.param("id", id)
			.query(Long.class)
			.list();
		Date start = (Date) row.get("start_date");
		return new ApplicationDraft(id, (String) row.get("reference"), organisationId, organisationName,
				ApplicationStatus.valueOf((String) row.get("status")), roundLabel, ((java.sql.Timestamp) row.get("updated_at")).toInstant(),
				(String) row.get("title"), (String) row.get("summary"), (String) row.get("description"),
				(String) row.get("theme_code"), List.copyOf(publics), List.copyOf(regions), lead[0],
				List.copyOf(cities), planned, (start != null) ? start.toLocalDate() : null,
				(Integer) row.get("duration_months"), (BigDecimal) row.get("total_budget"),
				(BigDecimal) row.get("requested_amount"), List.copyOf(coFunders), maxAmount,
				List.copyOf(partners), List.copyOf(indicators), List.copyOf(documentIds),
				((Number) row.get("version")).longValue());
	}

	/** The history of the application, oldest first, if this login is a member of its organisation. */
	@Transactional(readOnly = true)
	public List<StatusChange> history(long id, CurrentAccount who) {
		return historyOf(draft(id, who).organisationId(), id, false);
	}

	/**
	 * The history as staff read it, of an application they have just read (see {@link #submittedApplication}):
	 * the draft they hold says which organisation's members acted, without reading the application again.
	 */
	@Transactional(readOnly = true)
	List<StatusChange> historyForStaff(ApplicationDraft submitted) {
		return historyOf(submitted.organisationId(), submitted.id(), true);
	}

	/**
	 * The lines of the history. A change made by someone who is not a member of the organisation was made
	 * by Apec staff: members read it as the team's, without the person's name (as in the message thread);
	 * staff read the name. Names come from the account module, membership from the organisation module.
	 */
	private List<StatusChange> historyOf(long organisationId, long id, boolean staffView) {
		List<StatusChangeRecord> lines = this.history.findByApplicationId(id);
		Set<Long> changers = new LinkedHashSet<>();
		lines.stream().map(StatusChangeRecord::changedBy).filter(Objects::nonNull).forEach(changers::add);
		Map<Long, AccountName> names = changers.isEmpty() ? Map.of() : this.accounts.names(changers);
		Map<Long, Boolean> members = new LinkedHashMap<>();
		changers.forEach((account) -> members.put(account, this.organisations.isMember(organisationId, account)));
		List<StatusChange> changes = new ArrayList<>();
		for (StatusChangeRecord line : lines) {
			Long by = line.changedBy();
			boolean byStaff = by != null && !members.get(by);
			String name = (by != null && names.containsKey(by)) ? names.get(by).displayName() : null;
			changes.add(new StatusChange(line.from(), line.to(), line.changedAt(), (byStaff && !staffView) ? null : name,
					line.reason(), byStaff));
		}
		return changes;
	}

	/**
	 * The documents of the organisation's vault attached to this application, in the vault's order; read
	 * for a member of the organisation only (the vault checks it).
	 */
	@Transactional(readOnly = true)
	public List<DocumentRow> attachedDocuments(ApplicationDraft draft, CurrentAccount who) {
		return this.vault.documents(draft.organisationId(), who)
			.stream()
			.filter((document) -> draft.documentIds().contains(document.id()))
			.toList();
	}

	/** The state of the application, whoever asks (for checks of this module only). */
	ApplicationStatus statusOf(long id) {
		return this.jdbc.sql("select status from grant_application where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.map(ApplicationStatus::valueOf)
			.orElseThrow(ApplicationNotFoundException::new);
	}

}
