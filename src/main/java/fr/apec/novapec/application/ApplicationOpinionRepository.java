package fr.apec.novapec.application;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ApplicationOpinionRepository extends Repository<ApplicationOpinion, Long> {

	List<ApplicationOpinion> findByApplicationIdOrderByRegionCode(long applicationId);

	Optional<ApplicationOpinion> findByApplicationIdAndRegionCode(long applicationId, String regionCode);

	ApplicationOpinion save(ApplicationOpinion opinion);

	void flush();

}
