package fr.apec.novapec.journal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

import fr.apec.novapec.shared.AuditedAction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the journal: the one insert (the table is append-only, so there is no other write), the lines
 * of one application, and the filtered pages of the whole journal. It reads only audit_entry: who acted is
 * asked of the account module by id.
 */
@Component
class JournalQueries {

	private final JdbcClient jdbc;

	JournalQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AuditedAction action) {
		this.jdbc.sql("""
				insert into audit_entry (application_id, actor_id, action, detail, reason, at)
				values (:application, :actor, :action, :detail, :reason, :at)""")
			.param("application", action.applicationId())
			.param("actor", action.actorId(), Types.BIGINT)
			.param("action", action.action().name())
			.param("detail", action.detail(), Types.VARCHAR)
			.param("reason", action.reason(), Types.VARCHAR)
			.param("at", Timestamp.from(action.at()))
			.update();
	}

	/** Every line of one application, newest first. */
	List<Row> ofApplication(long applicationId) {
		return this.jdbc.sql("""
				select id, application_id, actor_id, action, detail, reason, at from audit_entry
				where application_id = :application order by at desc, id desc""")
			.param("application", applicationId)
			.query((rs, n) -> row(rs))
			.list();
	}

	long count(Criteria criteria) {
		return bind(this.jdbc.sql("select count(*) from audit_entry" + where(criteria)), criteria).query(Long.class)
			.single();
	}

	/** One page of the matching lines, newest first. */
	List<Row> page(Criteria criteria, int size, long offset) {
		return bind(this.jdbc.sql("select id, application_id, actor_id, action, detail, reason, at from audit_entry"
				+ where(criteria) + " order by at desc, id desc limit :size offset :offset"), criteria)
			.param("size", size)
			.param("offset", offset)
			.query((rs, n) -> row(rs))
			.list();
	}

	private static String where(Criteria criteria) {
		StringBuilder where = new StringBuilder(" where true");
		if (criteria.action() != null) {
			where.append(" and action = :action");
		}
		if (criteria.actorIds() != null) {
			where.append(" and actor_id = any(:actors)");
		}
		if (criteria.applicationId() != null) {
			where.append(" and application_id = :application");
		}
		if (criteria.from() != null) {
			where.append(" and at >= :from");
		}
		if (criteria.before() != null) {
			where.append(" and at < :before");
		}
		return where.toString();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Criteria criteria) {
		if (criteria.action() != null) {
			sql = sql.param("action", criteria.action().name());
		}
		if (criteria.actorIds() != null) {
			sql = sql.param("actors", criteria.actorIds());
		}
		if (criteria.applicationId() != null) {
			sql = sql.param("application", criteria.applicationId());
		}
		if (criteria.from() != null) {
			sql = sql.param("from", Timestamp.from(criteria.from()));
		}
		if (criteria.before() != null) {
			sql = sql.param("before", Timestamp.from(criteria.before()));
		}
		return sql;
	}

	private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Row(rs.getLong("id"), rs.getLong("application_id"), rs.getObject("actor_id", Long.class),
				AuditedAction.Action.valueOf(rs.getString("action")), rs.getString("detail"), rs.getString("reason"),
				rs.getTimestamp("at").toInstant());
	}

	/**
	 * What the journal is narrowed to, in SQL's terms.
	 * @param actorIds the accounts whose lines are kept, or null for anyone
	 * @param from the first instant kept, or null
	 * @param before the first instant no longer kept, or null
	 */
	record Criteria(AuditedAction.Action action, Long[] actorIds, Long applicationId, Instant from, Instant before) {
	}

	/** A line, its actor by id. */
	record Row(long id, long applicationId, Long actorId, AuditedAction.Action action, String detail, String reason,
			Instant at) {
	}

}
