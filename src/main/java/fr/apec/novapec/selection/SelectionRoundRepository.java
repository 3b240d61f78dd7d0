package fr.apec.novapec.selection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SelectionRoundRepository extends Repository<SelectionRound, Long> {

	Optional<SelectionRound> findById(long id);

	/** The round, its row locked until the transaction ends: two publications of it wait for each other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from SelectionRound r where r.id = :id")
	Optional<SelectionRound> findForUpdate(long id);

	List<SelectionRound> findByIdIn(Collection<Long> ids);

	/** Served by the index on (call_id, submission_deadline) of V15. */
	Optional<SelectionRound> findFirstByCallIdAndSubmissionDeadlineGreaterThanEqualOrderBySubmissionDeadlineAscCommitteeDateAscIdAsc(
			long callId, LocalDate today);

	/** The round of the call with the earliest cut-off on or after today, of the call with this slug. */
	@Query("""
			select r from SelectionRound r, CallForProjects c
			where c.slug = :slug and r.callId = c.id and r.submissionDeadline >= :today
			order by r.submissionDeadline, r.committeeDate, r.id
			limit 1""")
	Optional<SelectionRound> nextOfCall(String slug, LocalDate today);

	/** The rounds of a call, the latest committee first. */
	List<SelectionRound> findByCallIdOrderByCommitteeDateDescIdDesc(long callId);

	/** The round of the call whose committee meets first after this date. */
	Optional<SelectionRound> findFirstByCallIdAndCommitteeDateGreaterThanOrderByCommitteeDateAscIdAsc(long callId,
			LocalDate committeeDate);

	boolean existsByCallIdAndCommitteeDateAndIdNot(long callId, LocalDate committeeDate, long id);

	SelectionRound save(SelectionRound round);

	void delete(SelectionRound round);

	void flush();

}
