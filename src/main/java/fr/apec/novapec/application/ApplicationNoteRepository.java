package fr.apec.novapec.application;

import java.util.List;

import org.springframework.data.repository.Repository;

/** The private notes of staff on the applications: written, then only read. */
interface ApplicationNoteRepository extends Repository<ApplicationNote, Long> {

	ApplicationNote save(ApplicationNote note);

	/** The notes of an application, newest first, in one statement. */
	List<ApplicationNote> findByApplicationIdOrderByCreatedAtDescIdDesc(long applicationId);

}
