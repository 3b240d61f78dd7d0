package fr.apec.novapec.review;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ReviewConflictRepository extends Repository<ReviewConflict, Long> {

	boolean existsByReviewerIdAndSiret(long reviewerId, String siret);

	/** Records the declaration unless the reviewer declared one for this SIRET already; two at once make one. */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into review_conflict (reviewer_id, siret, application_id) values (:reviewerId, :siret, :applicationId)
			on conflict (reviewer_id, siret) do nothing""")
	int declare(long reviewerId, String siret, long applicationId);

}
