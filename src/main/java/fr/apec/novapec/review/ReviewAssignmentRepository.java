package fr.apec.novapec.review;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ReviewAssignmentRepository extends Repository<ReviewAssignment, Long> {

	ReviewAssignment save(ReviewAssignment assignment);

	void delete(ReviewAssignment assignment);

	void flush();

	Optional<ReviewAssignment> findByApplicationIdAndReviewerId(long applicationId, long reviewerId);

	/** The reviewer's assignment, locked until the end of the transaction: its sheet is saved once at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from ReviewAssignment a where a.applicationId = :applicationId and a.reviewerId = :reviewerId")
	Optional<ReviewAssignment> findForUpdate(long applicationId, long reviewerId);

	/**
	 * Every assignment of the application, locked in the order of their ids until the end of the transaction:
	 * two reviewers submitting at once take turns, so that the second computes the mean with the first's sheet.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from ReviewAssignment a where a.applicationId = :applicationId order by a.id")
	List<ReviewAssignment> findAllForUpdate(long applicationId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from ReviewAssignment a where a.id = :id and a.applicationId = :applicationId")
	Optional<ReviewAssignment> findForUpdateById(long id, long applicationId);

	@Query("select a from ReviewAssignment a where a.applicationId = :applicationId order by a.assignedAt, a.id")
	List<ReviewAssignment> findByApplicationId(long applicationId);

	@Query("select a from ReviewAssignment a where a.reviewerId = :reviewerId order by a.assignedAt desc, a.id desc")
	List<ReviewAssignment> findByReviewerId(long reviewerId);

}
