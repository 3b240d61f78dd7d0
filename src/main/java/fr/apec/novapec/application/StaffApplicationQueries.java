package fr.apec.novapec.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staff list of applications in SQL of its own, on the partial indexes of V20: the page is chosen
 * first, on the index alone, then only its rows get the flag of their thread. It reads only the
 * application module's tables; the organisations' names and the rounds' labels are asked of their
 * modules, once per page, by {@link StaffApplications}.
 */
@Component
class StaffApplicationQueries {

	private final JdbcClient jdbc;

	StaffApplicationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many applications staff see match. */
	long count(Criteria criteria) {
		return this.jdbc.sql("select count(*) from grant_application g" + where(criteria))
			.param("status", criteria.statusName(), java.sql.Types.VARCHAR)
			.param("pattern", criteria.pattern(), java.sql.Types.VARCHAR)
			.param("organisations", criteria.organisationIds())
			.query(Long.class)
			.single();
	}

	/** One page of them, most recently submitted first. */
	List<Row> page(Criteria criteria, int size, long offset) {
		return this.jdbc.sql("""
				select p.id, p.reference, p.title, p.organisation_id, p.status, p.round_id, p.submitted_at,
				       coalesce((select not m.from_staff from application_message m where m.application_id = p.id
				                 order by m.created_at desc, m.id desc limit 1), false) as awaiting
				from (select g.id, g.reference, g.title, g.organisation_id, g.status, g.round_id, g.submitted_at
				      from grant_application g""" + where(criteria) + """

				      order by g.submitted_at desc, g.id desc
				      limit :size offset :offset) p
				order by p.submitted_at desc, p.id desc""")
			.param("status", criteria.statusName(), java.sql.Types.VARCHAR)
			.param("pattern", criteria.pattern(), java.sql.Types.VARCHAR)
			.param("organisations", criteria.organisationIds())
			.param("size", size)
			.param("offset", offset)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
					rs.getLong("organisation_id"), ApplicationStatus.valueOf(rs.getString("status")),
					rs.getObject("round_id", Long.class), rs.getTimestamp("submitted_at").toInstant(),
					rs.getBoolean("awaiting")))
			.list();
	}

	private static String where(Criteria criteria) {
		// The state's condition only when there is one, so that each case reads its own index (V20).
		return " where " + Applications.STAFF_VISIBLE + ((criteria.status() != null) ? " and g.status = :status" : "")
				+ ((criteria.pattern() != null) ? " and (g.reference ilike :pattern or g.title ilike :pattern"
						+ " or g.organisation_id = any(:organisations))" : "");
	}

	/**
	 * What the list is narrowed to.
	 * @param status one state, or null for any
	 * @param pattern an ilike pattern on the reference and the title, or null for no search
	 * @param organisationIds with a pattern, the organisations whose name matches it
	 */
	record Criteria(ApplicationStatus status, String pattern, Long[] organisationIds) {

		String statusName() {
			return (this.status != null) ? this.status.name() : null;
		}

	}

	/** A row of the page, its organisation and round by id. */
	record Row(long id, String reference, String title, long organisationId, ApplicationStatus status, Long roundId,
			Instant submittedAt, boolean awaitingAnswer) {
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
