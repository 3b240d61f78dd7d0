package fr.apec.novapec.selection;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CallForProjectsRepository extends Repository<CallForProjects, Long> {

	@EntityGraph(attributePaths = { "themeCodes", "publicCodes", "requiredDocuments" })
	Optional<CallForProjects> findBySlug(String slug);

	@EntityGraph(attributePaths = { "themeCodes", "publicCodes", "requiredDocuments" })
	Optional<CallForProjects> findById(long id);

	/** Every call with its themes in one statement, the oldest first. */
	@EntityGraph(attributePaths = { "themeCodes", "publicCodes", "requiredDocuments" })
	List<CallForProjects> findAllByOrderByOpensOnAscIdAsc();

	CallForProjects save(CallForProjects call);

	/** The call, share-locked until the transaction ends: a submission that joins one of its rounds. */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select c from CallForProjects c where c.id = :id")
	Optional<CallForProjects> findForShare(long id);

	/** The call, locked until the transaction ends: a round created or moved, which waits for submissions. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from CallForProjects c where c.id = :id")
	Optional<CallForProjects> findForUpdate(long id);

	void flush();

}
