package fr.apec.novapec.report;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import fr.apec.novapec.budget.ReportApprovals;
import fr.apec.novapec.budget.TrancheCondition;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the budget which of an award's report conditions hold: the approved reports of its application. */
@Component
class TrancheReportApprovals implements ReportApprovals {

	private final JdbcClient jdbc;

	TrancheReportApprovals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Set<TrancheCondition>> approvedConditions(Collection<Long> applicationIds) {
		Map<Long, Set<TrancheCondition>> conditions = new HashMap<>();
		if (applicationIds.isEmpty()) {
			return conditions;
		}
		this.jdbc.sql("""
				select application_id, kind from laureate_report
				where status = 'APPROVED' and application_id = any (:ids)""")
			.param("ids", applicationIds.toArray(new Long[0]))
			.query((RowCallbackHandler) (rs) -> conditions
				.computeIfAbsent(rs.getLong(1), (id) -> EnumSet.noneOf(TrancheCondition.class))
				.add(ReportKind.valueOf(rs.getString(2)) == ReportKind.INTERIM ? TrancheCondition.INTERIM_REPORT_APPROVED
						: TrancheCondition.FINAL_REPORT_APPROVED));
		return conditions;
	}

}
