package fr.apec.novapec.review;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ScoringGridRepository extends Repository<ScoringGrid, Long> {

	Optional<ScoringGrid> findById(long callId);

	/** The grid, locked until the end of the transaction: an edit and the call's first score take turns. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select g from ScoringGrid g where g.callId = :callId")
	Optional<ScoringGrid> findForUpdate(long callId);

	void flush();

	/** Creates the empty grid of a call that has none yet; two at once make one. */
	@Modifying
	@Query(nativeQuery = true, value = "insert into review_grid (call_id) values (:callId) on conflict (call_id) do nothing")
	int createIfMissing(long callId);

	/**
	 * Freezes the grid when the call's first score sheet is saved. The update waits for an edit of the grid in
	 * progress (its row lock), so a score is never saved against criteria that an edit is replacing.
	 */
	@Modifying(flushAutomatically = true)
	@Query(nativeQuery = true, value = "update review_grid set scored_at = now() where call_id = :callId and scored_at is null")
	int markScored(long callId);

}
