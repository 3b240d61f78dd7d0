package fr.apec.novapec.application;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staff inbox in SQL of its own, on the indexes of V20, V53 and V60: every filter is a condition on
 * grant_application's own columns (its regions, publics and whether an answer is awaited are kept there by
 * V53's triggers, its weighted mean by {@link WeightedMeanKeeping}), so that the counts per state are one index-only scan and a page in date order reads a few
 * index pages. It reads only the application module's tables; the organisations' names and the rounds' labels
 * are asked of their modules, once per page, by {@link StaffApplications}.
 */
@Component
class StaffApplicationQueries {

	private final JdbcClient jdbc;

	StaffApplicationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many applications staff see match. */
	long count(Criteria criteria) {
		return bind(this.jdbc.sql("select count(*) from grant_application g" + where(criteria, true)), criteria)
			.query(Long.class)
			.single();
	}

	/**
	 * How many match in each state staff see, with every criterion but the state, in one statement; a state
	 * that none reaches counts zero.
	 */
	Map<ApplicationStatus, Long> countsByStatus(Criteria criteria) {
		Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
		for (ApplicationStatus status : ApplicationStatus.values()) {
			if (status != ApplicationStatus.DRAFT) {
				counts.put(status, 0L);
			}
		}
		bind(this.jdbc.sql("select g.status, count(*) from grant_application g" + where(criteria, false)
				+ " group by g.status"), criteria)
			.query((rs, n) -> counts.put(ApplicationStatus.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/**
	 * One page of them, in the order asked. The page's ids are chosen first, from an index that holds the sort
	 * key and every filter's column (V53, V62: an index-only scan, no application's row read to test a filter),
	 * then only those rows are read.
	 */
	List<Row> page(Criteria criteria, StaffInboxSort sort, int size, long offset) {
		return bind(this.jdbc.sql("""
				select g.id, g.reference, g.title, g.organisation_id, g.status, g.round_id, g.submitted_at,
				       g.requested_amount, g.awaiting_answer, g.weighted_score
				from (select g.id from grant_application g""" + where(criteria, true) + " order by " + orderBy(sort)
				+ " limit :size offset :offset) p join grant_application g on g.id = p.id order by " + orderBy(sort)), criteria)
			.param("size", size)
			.param("offset", offset)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
					rs.getLong("organisation_id"), ApplicationStatus.valueOf(rs.getString("status")),
					rs.getObject("round_id", Long.class), rs.getTimestamp("submitted_at").toInstant(),
					rs.getBigDecimal("requested_amount"), rs.getBoolean("awaiting_answer"),
					rs.getBigDecimal("weighted_score")))
			.list();
	}

	/** The organisations of the applications that match, each once: whose names an export asks for. */
	List<Long> organisationIds(Criteria criteria) {
		return bind(this.jdbc.sql("select distinct g.organisation_id from grant_application g" + where(criteria, true)),
				criteria)
			.query(Long.class)
			.list();
	}

	/**
	 * Every application that matches, in the order asked, handed one by one to {@code each} as the database
	 * sends them: a cursor of {@link #EXPORT_FETCH_SIZE} rows at a time (inside the caller's transaction),
	 * never the whole list in memory, in one statement however many they are.
	 */
	void export(Criteria criteria, StaffInboxSort sort, Consumer<ExportRow> each) {
		bind(this.jdbc.sql("""
				select g.reference, g.title, g.organisation_id, g.status, g.round_id, g.submitted_at,
				       g.requested_amount, g.theme_code, g.region_codes, g.public_codes,
				       (select r.region_code from application_region r where r.application_id = g.id and r.lead)
				           as lead_region
				from grant_application g""" + where(criteria, true) + " order by " + orderBy(sort)), criteria)
			.withFetchSize(EXPORT_FETCH_SIZE)
			.query((RowCallbackHandler) (rs) -> each.accept(new ExportRow(rs.getString("reference"),
					rs.getString("title"), rs.getLong("organisation_id"),
					ApplicationStatus.valueOf(rs.getString("status")), rs.getObject("round_id", Long.class),
					rs.getTimestamp("submitted_at").toInstant(), rs.getBigDecimal("requested_amount"),
					rs.getString("theme_code"), rs.getString("lead_region"), strings(rs.getArray("region_codes")),
					strings(rs.getArray("public_codes")))));
	}

	private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

	/** How many rows an export's cursor fetches at a time. */
	static final int EXPORT_FETCH_SIZE = 1_000;

	/** A row of an export, its organisation and round by id. */
	record ExportRow(String reference, String title, long organisationId, ApplicationStatus status, Long roundId,
			Instant submittedAt, BigDecimal requestedAmount, String themeCode, String leadRegionCode,
			List<String> regionCodes, List<String> publicCodes) {
	}

	/**
	 * The ids of the rounds that applications staff see belong to, in order: a skip scan of the index on
	 * (round_id, status), a few index pages however many applications there are.
	 */
	List<Long> roundIds() {
		return this.jdbc.sql("""
				with recursive rounds(id) as (
				    (select g.round_id from grant_application g where g.round_id is not null order by g.round_id limit 1)
				    union all
				    select (select g.round_id from grant_application g where g.round_id > r.id
				            order by g.round_id limit 1)
				    from rounds r where r.id is not null)
				select id from rounds where id is not null""")
			.query(Long.class)
			.list();
	}

	private static String orderBy(StaffInboxSort sort) {
		// Each order ends on the id, so that a page never repeats or skips a row of the one before.
		return switch (sort) {
			case NEWEST -> "g.submitted_at desc, g.id desc";
			case AMOUNT_DESC -> "g.requested_amount desc, g.id desc";
			case AMOUNT_ASC -> "g.requested_amount asc, g.id asc";
			case SCORE -> "g.weighted_score desc nulls last, g.id desc";
		};
	}

	private static String where(Criteria criteria, boolean withStatus) {
		// Only the conditions set, so that each case reads its own index (V20, V53).
		StringBuilder sql = new StringBuilder(" where ").append(Applications.STAFF_VISIBLE);
		if (withStatus && criteria.status() != null) {
			sql.append(" and g.status = :status");
		}
		if (criteria.roundId() != null) {
			sql.append(" and g.round_id = :round");
		}
		if (criteria.themeCode() != null) {
			sql.append(" and g.theme_code = :theme");
		}
		if (criteria.regionCode() != null) {
			sql.append(" and :region = any(g.region_codes)");
		}
		if (criteria.publicCode() != null) {
			sql.append(" and :public = any(g.public_codes)");
		}
		if (criteria.teamRegions() != null) {
			sql.append(" and g.region_codes && cast(:team as varchar[])");
		}
		if (criteria.awaitingAnswer()) {
			sql.append(" and g.awaiting_answer");
		}
		if (criteria.minScore() != null) {
			sql.append(" and g.weighted_score >= :minScore");
		}
		if (criteria.pattern() != null) {
			sql.append(" and (g.search_text like novapec_fold(:pattern) or g.organisation_id = any(:organisations))");
		}
		return sql.toString();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Criteria criteria) {
		return statement.param("status", criteria.statusName(), Types.VARCHAR)
			.param("round", criteria.roundId(), Types.BIGINT)
			.param("theme", criteria.themeCode(), Types.VARCHAR)
			.param("region", criteria.regionCode(), Types.VARCHAR)
			.param("public", criteria.publicCode(), Types.VARCHAR)
			.param("team", (criteria.teamRegions() != null) ? criteria.teamRegions() : new String[0])
			.param("pattern", criteria.pattern(), Types.VARCHAR)
			.param("minScore", criteria.minScore(), Types.NUMERIC)
			.param("organisations", (criteria.organisationIds() != null) ? criteria.organisationIds() : new Long[0]);
	}

	/**
	 * What the list is narrowed to, each criterion null (or false) when not applied.
	 * @param teamRegions the regions of the staff member's team, one of which the application must have
	 * @param pattern a like pattern, already lower case, on the reference and the title (accents removed on both
	 * sides), or null for no search
	 * @param organisationIds with a pattern, the organisations whose name matches it
	 * @param minScore the lowest weighted mean kept (an application without one is left out), or null
	 */
	record Criteria(ApplicationStatus status, Long roundId, String themeCode, String regionCode, String publicCode,
			String[] teamRegions, String pattern, Long[] organisationIds, boolean awaitingAnswer, BigDecimal minScore) {

		static Criteria of(ApplicationStatus status, String pattern, Long[] organisationIds) {
			return new Criteria(status, null, null, null, null, null, pattern, organisationIds, false, null);
		}

		String statusName() {
			return (this.status != null) ? this.status.name() : null;
		}

	}

	/** A row of the page, its organisation and round by id. */
	record Row(long id, String reference, String title, long organisationId, ApplicationStatus status, Long roundId,
			Instant submittedAt, BigDecimal requestedAmount, boolean awaitingAnswer, BigDecimal weightedScore) {
	}

	/** The weighted mean the application keeps (see {@link WeightedMeanKeeping}), or null while unscored. */
	BigDecimal weightedScore(long id) {
		List<BigDecimal> found = this.jdbc.sql("select weighted_score from grant_application where id = :id")
			.param("id", id)
			.query((rs, n) -> rs.getBigDecimal(1))
			.list();
		return found.isEmpty() ? null : found.get(0);
	}

	/** Who made the last submission of the application (the last change to SUBMITTED by an account), and when. */
	Optional<Map.Entry<Long, Instant>> lastSubmission(long id) {
		return this.jdbc.sql("""
				select s.changed_by, s.changed_at from application_status_change s
				where s.application_id = :id and s.to_status = 'SUBMITTED' and s.changed_by is not null
				order by s.changed_at desc, s.id desc limit 1""")
			.param("id", id)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant()))
			.optional();
	}

}
