package fr.apec.novapec.selection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface SelectionRoundRepository extends Repository<SelectionRound, Long> {

	Optional<SelectionRound> findById(long id);

	List<SelectionRound> findByIdIn(Collection<Long> ids);

	/** Served by the index on (call_id, submission_deadline) of V15. */
	Optional<SelectionRound> findFirstByCallIdAndSubmissionDeadlineGreaterThanEqualOrderBySubmissionDeadlineAscCommitteeDateAscIdAsc(
			long callId, LocalDate today);

	SelectionRound save(SelectionRound round);

}
