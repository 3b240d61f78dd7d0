package fr.apec.novapec.laureate;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface LaureateProjectRepository extends Repository<LaureateProject, Long> {

	/** The laureate created from this grant application (application_id is unique). */
	Optional<LaureateProject> findByApplicationId(long applicationId);

	Optional<LaureateProject> findBySlug(String slug);

	LaureateProject save(LaureateProject project);

}
