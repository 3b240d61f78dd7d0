package fr.apec.novapec.application;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import fr.apec.novapec.application.ApplicationDraft.City;
import fr.apec.novapec.application.ApplicationDraft.CoFunder;
import fr.apec.novapec.application.ApplicationDraft.Indicator;
import fr.apec.novapec.application.ApplicationDraft.Partner;
import fr.apec.novapec.organisation.DocumentHolder;
import fr.apec.novapec.organisation.DocumentKind;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.selection.RoundSummary;
import fr.apec.novapec.selection.SelectionService;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application module's reads in SQL: lists of applications (those of a member's organisations, how many
 * there are in each state), an application whole in one statement, and the few facts other classes of the
 * module read without loading the aggregate. Only this module's tables are named here.
 */
@Service
public class ApplicationQueries {

	private final JdbcClient jdbc;

	private final OrganisationService organisations;

	private final SelectionService selection;

	ApplicationQueries(JdbcClient jdbc, OrganisationService organisations, SelectionService selection) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.selection = selection;
	}

	/**
	 * The applications of every organisation this account belongs to (as the organisation module says),
	 * most recently changed first; no other organisation's application can appear.
	 */
	@Transactional(readOnly = true)
	public List<ApplicationRow> applicationsOfMember(CurrentAccount who) {
		List<Long> organisationIds = this.organisations.organisationIdsOf(who.id());
		if (organisationIds.isEmpty()) {
			return List.of();
		}
		record Row(long id, String reference, String title, long organisationId, ApplicationStatus status, Long roundId,
				Instant updatedAt) {
		}
		List<Row> rows = this.jdbc.sql("""
				select g.id, g.reference, g.title, g.organisation_id, g.status, g.round_id, g.updated_at
				from grant_application g
				where g.organisation_id = any (:organisations)
				order by g.updated_at desc, g.id desc
				""")
			.param("organisations", organisationIds.toArray(new Long[0]))
			.query((rs, row) -> new Row(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
					rs.getLong("organisation_id"), ApplicationStatus.valueOf(rs.getString("status")),
					(Long) rs.getObject("round_id", Long.class), rs.getTimestamp("updated_at").toInstant()))
			.list();
		Map<Long, String> names = this.organisations.names(organisationIds);
		List<Long> roundIds = rows.stream().map(Row::roundId).filter(Objects::nonNull).distinct().toList();
		Map<Long, RoundSummary> rounds = roundIds.isEmpty() ? Map.of() : this.selection.rounds(roundIds);
		return rows.stream()
			.map((row) -> new ApplicationRow(row.id(), row.reference(), row.title(), names.get(row.organisationId()),
					row.status(), (row.roundId() != null && rounds.containsKey(row.roundId()))
							? rounds.get(row.roundId()).label() : null,
					row.updatedAt()))
			.toList();
	}

	/** How many applications are in each state; every state is present, with zero where none is. */
	@Transactional(readOnly = true)
	public Map<ApplicationStatus, Long> countsByStatus() {
		Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
		for (ApplicationStatus status : ApplicationStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("select status, count(*) as n from grant_application group by status")
			.query((RowCallbackHandler) (rs) -> counts.put(ApplicationStatus.valueOf(rs.getString("status")),
					rs.getLong("n")));
		return counts;
	}


	/**
	 * Everything an application says, from its own tables, in one statement: its children come as arrays
	 * in their display order (publics and regions in the reference order, the others as typed). The names of
	 * its organisation and round and its call's maximum are left to their modules.
	 * @param staffOnly only an application staff may see (submitted at least once, see
	 * {@link Applications#STAFF_VISIBLE})
	 */
	Optional<DraftRow> draftRow(long id, boolean staffOnly) {
		return this.jdbc.sql("""
				select g.id, g.reference, g.organisation_id, g.call_id, g.round_id, g.status, g.updated_at, g.title,
				       g.summary, g.description, g.theme_code, g.start_date, g.duration_months, g.total_budget,
				       g.requested_amount, g.version,
				       array(select p.public_code from application_public p join target_public t on t.code = p.public_code
				             where p.application_id = g.id order by t.position) as publics,
				       array(select a.region_code from application_region a join region r on r.code = a.region_code
				             where a.application_id = g.id order by r.position) as regions,
				       (select a.region_code from application_region a where a.application_id = g.id and a.lead) as lead,
				       array(select c.name from application_city c where c.application_id = g.id order by c.position) as city_names,
				       array(select c.region_code from application_city c where c.application_id = g.id order by c.position) as city_regions,
				       array(select c.priority_neighbourhood from application_city c where c.application_id = g.id order by c.position) as city_priorities,
				       array(select b.public_code from application_beneficiary b join target_public t on t.code = b.public_code
				             where b.application_id = g.id order by t.position) as planned_publics,
				       array(select b.planned from application_beneficiary b join target_public t on t.code = b.public_code
				             where b.application_id = g.id order by t.position) as planned_numbers,
				       array(select f.name from co_funder f where f.application_id = g.id order by f.position) as co_funder_names,
				       array(select f.amount from co_funder f where f.application_id = g.id order by f.position) as co_funder_amounts,
				       array(select p.name from application_partner p where p.application_id = g.id order by p.position) as partner_names,
				       array(select p.role from application_partner p where p.application_id = g.id order by p.position) as partner_roles,
				       array(select i.label from impact_indicator i where i.application_id = g.id order by i.position) as indicator_labels,
				       array(select i.target from impact_indicator i where i.application_id = g.id order by i.position) as indicator_targets,
				       array(select d.document_id from application_document d where d.application_id = g.id order by d.document_id) as documents
				from grant_application g
				where g.id = :id""" + (staffOnly ? " and " + Applications.STAFF_VISIBLE : ""))
			.param("id", id)
			.query(ApplicationQueries::draftRow)
			.optional();
	}

	private static DraftRow draftRow(ResultSet rs, int row) throws SQLException {
		String[] cityNames = array(rs, "city_names", String[].class);
		String[] cityRegions = array(rs, "city_regions", String[].class);
		Boolean[] cityPriorities = array(rs, "city_priorities", Boolean[].class);
		List<City> cities = new ArrayList<>();
		for (int i = 0; i < cityNames.length; i++) {
			cities.add(new City(cityNames[i], cityRegions[i], cityPriorities[i]));
		}
		String[] plannedPublics = array(rs, "planned_publics", String[].class);
		Integer[] plannedNumbers = array(rs, "planned_numbers", Integer[].class);
		Map<String, Integer> planned = new LinkedHashMap<>();
		for (int i = 0; i < plannedPublics.length; i++) {
			planned.put(plannedPublics[i], plannedNumbers[i]);
		}
		String[] funderNames = array(rs, "co_funder_names", String[].class);
		BigDecimal[] funderAmounts = array(rs, "co_funder_amounts", BigDecimal[].class);
		List<CoFunder> coFunders = new ArrayList<>();
		for (int i = 0; i < funderNames.length; i++) {
			coFunders.add(new CoFunder(funderNames[i], funderAmounts[i]));
		}
		String[] partnerNames = array(rs, "partner_names", String[].class);
		String[] partnerRoles = array(rs, "partner_roles", String[].class);
		List<Partner> partners = new ArrayList<>();
		for (int i = 0; i < partnerNames.length; i++) {
			partners.add(new Partner(partnerNames[i], partnerRoles[i]));
		}
		String[] indicatorLabels = array(rs, "indicator_labels", String[].class);
		Integer[] indicatorTargets = array(rs, "indicator_targets", Integer[].class);
		List<Indicator> indicators = new ArrayList<>();
		for (int i = 0; i < indicatorLabels.length; i++) {
			indicators.add(new Indicator(indicatorLabels[i], indicatorTargets[i]));
		}
		Date start = rs.getDate("start_date");
		return new DraftRow(rs.getLong("id"), rs.getString("reference"), rs.getLong("organisation_id"),
				rs.getLong("call_id"), rs.getObject("round_id", Long.class), ApplicationStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("title"), rs.getString("summary"),
				rs.getString("description"), rs.getString("theme_code"),
				List.of(array(rs, "publics", String[].class)), List.of(array(rs, "regions", String[].class)),
				rs.getString("lead"), List.copyOf(cities), planned, (start != null) ? start.toLocalDate() : null,
				rs.getObject("duration_months", Integer.class), rs.getBigDecimal("total_budget"),
				rs.getBigDecimal("requested_amount"), List.copyOf(coFunders), List.copyOf(partners),
				List.copyOf(indicators), List.of(array(rs, "documents", Long[].class)), rs.getLong("version"));
	}

	private static <T> T array(ResultSet rs, String column, Class<T> type) throws SQLException {
		Array array = rs.getArray(column);
		return type.cast(array.getArray());
	}

	/**
	 * An application's own data as {@link #draftRow} reads it, before the other modules add the names of its
	 * organisation and round and its call's maximum.
	 */
	record DraftRow(long id, String reference, long organisationId, long callId, Long roundId, ApplicationStatus status,
			Instant updatedAt, String title, String summary, String description, String themeCode, List<String> publics,
			List<String> regions, String leadRegion, List<City> cities, Map<String, Integer> planned,
			java.time.LocalDate startDate, Integer durationMonths, BigDecimal totalBudget, BigDecimal requestedAmount,
			List<CoFunder> coFunders, List<Partner> partners, List<Indicator> indicators, List<Long> documentIds,
			long version) {

		ApplicationDraft toDraft(String organisationName, String roundLabel, BigDecimal callMaxAmount,
				List<DocumentKind> callRequiredDocuments) {
			return new ApplicationDraft(this.id, this.reference, this.organisationId, organisationName, this.status,
					roundLabel, this.updatedAt, this.title, this.summary, this.description, this.themeCode, this.publics,
					this.regions, this.leadRegion, this.cities, this.planned, this.startDate, this.durationMonths,
					this.totalBudget, this.requestedAmount, this.coFunders, callMaxAmount, this.partners, this.indicators,
					this.documentIds, this.version, callRequiredDocuments);
		}

	}

	/**
	 * The summaries of these applications by id, in one statement, without their organisation's name (left
	 * to the organisation module); unknown ids are left out.
	 */
	Map<Long, ApplicationSummary> summaries(Collection<Long> ids) {
		Map<Long, ApplicationSummary> summaries = new LinkedHashMap<>();
		this.jdbc.sql("""
				select g.id, g.reference, g.title, g.organisation_id, g.status, g.call_id
				from grant_application g where g.id = any (:ids) order by g.id""")
			.param("ids", ids.toArray(new Long[0]))
			.query((RowCallbackHandler) (rs) -> summaries.put(rs.getLong(1),
					new ApplicationSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), null,
							ApplicationStatus.valueOf(rs.getString(5)), rs.getLong(6))));
		return summaries;
	}

	/** The rounds of these applications by id, in one statement; those in no round are left out. */
	Map<Long, Long> roundIds(Collection<Long> ids) {
		Map<Long, Long> rounds = new LinkedHashMap<>();
		this.jdbc.sql("select id, round_id from grant_application where id = any (:ids) and round_id is not null")
			.param("ids", ids.toArray(new Long[0]))
			.query((RowCallbackHandler) (rs) -> rounds.put(rs.getLong(1), rs.getLong(2)));
		return rounds;
	}

	/**
	 * What the review module lists of these submitted applications (never a draft), by id, in one statement,
	 * without their organisation's name nor their round's label (left to their modules); other ids are left out.
	 */
	Map<Long, UnderReviewRow> underReview(Collection<Long> ids) {
		Map<Long, UnderReviewRow> rows = new LinkedHashMap<>();
		this.jdbc.sql("select g.id, g.reference, g.title, g.organisation_id, g.status, g.call_id, g.round_id "
				+ "from grant_application g where g.id = any (:ids) and " + Applications.STAFF_VISIBLE + " order by g.id")
			.param("ids", ids.toArray(new Long[0]))
			.query((RowCallbackHandler) (rs) -> rows.put(rs.getLong(1), new UnderReviewRow(rs.getLong(1),
					rs.getString(2), rs.getString(3), rs.getLong(4), ApplicationStatus.valueOf(rs.getString(5)),
					rs.getLong(6), rs.getObject(7, Long.class))));
		return rows;
	}

	/** A row of {@link #underReview}: its organisation and round by id. */
	record UnderReviewRow(long id, String reference, String title, long organisationId, ApplicationStatus status,
			long callId, Long roundId) {
	}

	/**
	 * The applications of a round that staff see, by reference, in one statement: each with its lead region and
	 * the regional opinions counted; only those with these ids, unless they are null.
	 */
	List<RoundApplication> ofRound(long roundId, Collection<Long> ids) {
		return this.jdbc.sql("""
				select g.id, g.reference, g.title, g.organisation_id, g.status, g.theme_code,
				       (select r.region_code from application_region r where r.application_id = g.id and r.lead),
				       g.requested_amount, g.awarded_amount, g.version,
				       count(o.id) filter (where o.opinion = 'FAVOURABLE'),
				       count(o.id) filter (where o.opinion = 'RESERVED'),
				       count(o.id) filter (where o.opinion = 'UNFAVOURABLE')
				from grant_application g
				left join application_opinion o on o.application_id = g.id
				where g.round_id = :round and (""" + Applications.STAFF_VISIBLE + """
				)""" + ((ids != null) ? " and g.id = any (:ids)" : "") + """
				group by g.id
				order by g.reference""")
			.param("round", roundId)
			.param("ids", (ids != null) ? ids.toArray(new Long[0]) : new Long[0])
			.query((rs, n) -> new RoundApplication(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), null,
					ApplicationStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getBigDecimal(8),
					rs.getBigDecimal(9), rs.getLong(10), rs.getInt(11), rs.getInt(12), rs.getInt(13)))
			.list();
	}

	/** Every selected application with a start date, by id. */
	List<SelectedProject> selectedProjects() {
		return this.jdbc.sql("""
				select id, call_id, start_date, duration_months from grant_application
				where status = 'SELECTED' and start_date is not null order by id""")
			.query((rs, n) -> new SelectedProject(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
					rs.getObject(4, Integer.class)))
			.list();
	}

	/** The state of the application, whoever asks, or empty when there is none. */
	Optional<ApplicationStatus> statusOf(long id) {
		return this.jdbc.sql("select status from grant_application where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.map(ApplicationStatus::valueOf);
	}

	/**
	 * The applications of this organisation that hold this vault document, most recently changed first,
	 * locked for share: a submission, which locks its application for update first, waits for the vault's
	 * transaction, or the vault waits for it and sees it submitted.
	 */
	List<DocumentHolder> holdersLockedForShare(long organisationId, long documentId, String label) {
		return this.jdbc.sql("""
				select g.id, g.title, g.status, g.submitted_at is not null as submitted
				from application_document ad
				join grant_application g on g.id = ad.application_id
				where ad.document_id = :document and g.organisation_id = :organisation
				order by g.updated_at desc, g.id desc
				for share of g""")
			.param("document", documentId)
			.param("organisation", organisationId)
			.query((rs, row) -> new DocumentHolder(label, rs.getString("title"),
					"/espace/candidatures/" + rs.getLong("id"),
					rs.getBoolean("submitted") && !Lifecycle.editable(ApplicationStatus.valueOf(rs.getString("status")))))
			.list();
	}

}
