package fr.apec.novapec.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface LaureateReportRepository extends Repository<LaureateReport, Long> {

	/**
	 * Creates the draft of this kind unless the application has it already: two first openings at once
	 * create one (a PostgreSQL upsert, which JPA cannot say).
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into laureate_report (application_id, kind, due_on) values (:application, :kind, :due)
			on conflict (application_id, kind) do nothing""")
	int createIfAbsent(@Param("application") long applicationId, @Param("kind") String kind,
			@Param("due") LocalDate dueOn);

	/** The report with its figures and documents, for reading. */
	@EntityGraph(attributePaths = { "reached", "achieved", "documentIds" })
	Optional<LaureateReport> findByApplicationIdAndKind(long applicationId, ReportKind kind);

	/**
	 * The report, its row locked until the transaction ends: a second change waits for the first and then
	 * sees its outcome. Its collections load when first read.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from LaureateReport r where r.applicationId = :application and r.kind = :kind")
	Optional<LaureateReport> findLocked(@Param("application") long applicationId, @Param("kind") ReportKind kind);

	/** As {@link #findLocked(long, ReportKind)}, by the report's id. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from LaureateReport r where r.id = :id")
	Optional<LaureateReport> findLockedById(@Param("id") long id);

	/** The report with its figures and documents, for reading. */
	@EntityGraph(attributePaths = { "reached", "achieved", "documentIds" })
	Optional<LaureateReport> findById(long id);

	/** Where each report of the application stands. */
	@Query("select new fr.apec.novapec.report.ReportStanding(r.kind, r.status) from LaureateReport r "
			+ "where r.applicationId = :application")
	List<ReportStanding> standings(@Param("application") long applicationId);

	/** The kinds of the approved reports of these applications, one statement: which tranches they release. */
	@Query("select new fr.apec.novapec.report.ApprovedReport(r.applicationId, r.kind) from LaureateReport r "
			+ "where r.status = fr.apec.novapec.report.ReportStatus.APPROVED and r.applicationId in :applications")
	List<ApprovedReport> approved(@Param("applications") Collection<Long> applicationIds);

	/** The reports waiting for a staff decision, the earliest sent first. */
	@Query("select new fr.apec.novapec.report.WaitingReport(r.id, r.applicationId, r.kind, r.dueOn, r.submittedAt) "
			+ "from LaureateReport r where r.status = fr.apec.novapec.report.ReportStatus.SUBMITTED "
			+ "order by r.submittedAt, r.id")
	List<WaitingReport> waiting();

	/** The approved reports of an application, with their figures. */
	@EntityGraph(attributePaths = "reached")
	List<LaureateReport> findByApplicationIdAndStatus(long applicationId, ReportStatus status);

}
