package fr.apec.novapec.report;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import fr.apec.novapec.budget.ReportApprovals;
import fr.apec.novapec.budget.TrancheCondition;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the budget which of an award's report conditions hold: the approved reports of its application. */
@Component
class TrancheReportApprovals implements ReportApprovals {

	private final LaureateReportRepository reports;

	TrancheReportApprovals(LaureateReportRepository reports) {
		this.reports = reports;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Set<TrancheCondition>> approvedConditions(Collection<Long> applicationIds) {
		Map<Long, Set<TrancheCondition>> conditions = new HashMap<>();
		if (applicationIds.isEmpty()) {
			return conditions;
		}
		for (ApprovedReport report : this.reports.approved(applicationIds)) {
			conditions.computeIfAbsent(report.applicationId(), (id) -> EnumSet.noneOf(TrancheCondition.class))
				.add((report.kind() == ReportKind.INTERIM) ? TrancheCondition.INTERIM_REPORT_APPROVED
						: TrancheCondition.FINAL_REPORT_APPROVED);
		}
		return conditions;
	}

}
