package fr.apec.novapec.review;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The weighted means of many applications at once, summed by PostgreSQL as {@link WeightedScores} does one by one
 * (each submitted sheet's Σ(score × weight) / Σ(weight) at 10 decimals, their mean at 2 decimals, half up), so that
 * a committee's list costs one statement whatever its length.
 */
@Component
class ReviewQueries {

	private final JdbcClient jdbc;

	ReviewQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<Long, BigDecimal> means(long callId, Collection<Long> applicationIds) {
		Map<Long, BigDecimal> means = new LinkedHashMap<>();
		if (applicationIds.isEmpty()) {
			return means;
		}
		this.jdbc.sql("""
				select sheet.application_id, round(sum(sheet.weighted) / count(*), 2)
				from (select a.id, a.application_id,
				             round(sum(c.weight * s.score) / sum(c.weight), 10) as weighted
				      from review_assignment a
				      join review_score s on s.assignment_id = a.id
				      join review_criterion c on c.call_id = :call and c.code = s.criterion_code
				      where a.application_id = any (:ids) and a.submitted_at is not null
				      group by a.id, a.application_id) sheet
				group by sheet.application_id
				""")
			.param("call", callId)
			.param("ids", applicationIds.toArray(new Long[0]))
			.query((RowCallbackHandler) (rs) -> means.put(rs.getLong(1), rs.getBigDecimal(2)));
		return means;
	}

}
