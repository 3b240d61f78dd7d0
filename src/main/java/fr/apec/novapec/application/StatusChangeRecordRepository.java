package fr.apec.novapec.application;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The lines of the applications' histories, read only: they are written with their application. */
interface StatusChangeRecordRepository extends Repository<StatusChangeRecord, Long> {

	/** The history of one application, oldest first. */
	@Query(value = """
			select * from application_status_change where application_id = :applicationId
			order by changed_at, id""", nativeQuery = true)
	List<StatusChangeRecord> findByApplicationId(long applicationId);

}
