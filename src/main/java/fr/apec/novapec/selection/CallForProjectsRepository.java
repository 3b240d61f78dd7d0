package fr.apec.novapec.selection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
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

	void flush();

}
