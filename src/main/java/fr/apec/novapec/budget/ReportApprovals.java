package fr.apec.novapec.budget;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What the budget asks of the laureates' reports before a tranche is paid: which conditions hold. The report
 * module provides the bean (it depends on the application module, which depends on this one: the budget cannot ask
 * it directly without a cycle). Without such a bean only {@link TrancheCondition#SIGNATURE} ever holds.
 */
public interface ReportApprovals {

	/**
	 * For each of these applications, the report conditions that hold now: {@link TrancheCondition#INTERIM_REPORT_APPROVED}
	 * once its interim report is approved, {@link TrancheCondition#FINAL_REPORT_APPROVED} once its final one is;
	 * in one statement. An application with neither may be left out.
	 */
	Map<Long, Set<TrancheCondition>> approvedConditions(Collection<Long> applicationIds);

}
