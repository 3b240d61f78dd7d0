package fr.apec.novapec.application;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the committee decided for the applications of a round, as the publication of the round reads it: the
 * selected ones with their awarded amount, the ones the committee rejected with its reason, and how many are
 * still to decide. A rejection counts as the committee's when the application went to REJECTED from IN_REVIEW;
 * an application staff found ineligible (from SUBMITTED) was told so then, and is not the committee's. Only
 * this module's tables are named here; staff only.
 */
@Service
@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
public class RoundDecisionQueries {

	/** The last change of state of {@code g}, a lateral subquery. */
	private static final String LAST_CHANGE = """
			cross join lateral (select c.from_status, c.reason, c.changed_at from application_status_change c
			                    where c.application_id = g.id order by c.changed_at desc, c.id desc limit 1) d
			""";

	private static final String COMMITTEE_REJECTED = "(g.status = 'REJECTED' and d.from_status = 'IN_REVIEW')";

	/** The decisions of the applications that match a condition (a round's, or one application's). */
	private static final String DECISIONS = """
			select g.id, g.reference, g.title, g.organisation_id, g.status, g.awarded_amount, d.reason, d.changed_at,
			       g.round_id
			from grant_application g %s
			where %s and (g.status = 'SELECTED' or %s)
			order by g.status desc, g.reference""";

	private final JdbcClient jdbc;

	RoundDecisionQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many applications of the round are selected, rejected by the committee, or still to decide, in one statement. */
	@Transactional(readOnly = true)
	public RoundTally tally(long roundId) {
		return this.jdbc.sql("""
				select count(*) filter (where g.status = 'SELECTED'),
				       count(*) filter (where %s),
				       count(*) filter (where g.status = 'IN_REVIEW'),
				       count(*) filter (where g.status = 'SUBMITTED')
				from grant_application g %s where g.round_id = :round""".formatted(COMMITTEE_REJECTED, LAST_CHANGE))
			.param("round", roundId)
			.query((rs, n) -> new RoundTally(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
			.single();
	}

	/** The decided applications of the round, the selected first, then by reference, in one statement. */
	@Transactional(readOnly = true)
	public List<Decision> decisions(long roundId) {
		return this.jdbc.sql(DECISIONS.formatted(LAST_CHANGE, "g.round_id = :round", COMMITTEE_REJECTED))
			.param("round", roundId)
			.query(RoundDecisionQueries::decision)
			.list();
	}

	/** The committee's decision on this application, in one statement; empty while it has none. */
	@Transactional(readOnly = true)
	public Optional<Decision> decisionOf(long applicationId) {
		return this.jdbc.sql(DECISIONS.formatted(LAST_CHANGE, "g.id = :id", COMMITTEE_REJECTED))
			.param("id", applicationId)
			.query(RoundDecisionQueries::decision)
			.optional();
	}

	private static Decision decision(ResultSet rs, int row) throws SQLException {
		ApplicationStatus status = ApplicationStatus.valueOf(rs.getString(5));
		return new Decision(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), status,
				rs.getBigDecimal(6), (status == ApplicationStatus.REJECTED) ? rs.getString(7) : null,
				rs.getTimestamp(8).toInstant(), rs.getLong(9));
	}

	/**
	 * The applications of a round as the committee left them.
	 *
	 * @param inReview in review: the committee has not decided them yet
	 * @param submitted submitted but not yet taken into review
	 */
	public record RoundTally(int selected, int rejected, int inReview, int submitted) {

		/** How many applications of the round still wait for a decision. */
		public int undecided() {
			return this.inReview + this.submitted;
		}

	}

	/**
	 * A decision of the committee on an application.
	 *
	 * @param status SELECTED or REJECTED
	 * @param awardedAmount the amount awarded to a selected application (null for a rejection)
	 * @param reason why the committee rejected it (null for a selection)
	 * @param decidedAt when the decision was recorded
	 * @param roundId the round whose committee decided it
	 */
	public record Decision(long applicationId, String reference, String title, long organisationId,
			ApplicationStatus status, BigDecimal awardedAmount, String reason, Instant decidedAt, long roundId) {

		public boolean selected() {
			return this.status == ApplicationStatus.SELECTED;
		}

	}

}
