package fr.apec.novapec.budget;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ProgrammeYearRepository extends Repository<ProgrammeYear, Integer> {

	Optional<ProgrammeYear> findFirstByOrderByYearDesc();

	Optional<ProgrammeYear> findByYear(int year);

	ProgrammeYear saveAndFlush(ProgrammeYear year);

	/**
	 * The year's row, locked until the transaction ends ({@code select … for update}): whoever awards money from
	 * a year holds it, so that two awards never both read the same remainder.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select y from ProgrammeYear y where y.year = :year")
	Optional<ProgrammeYear> lockYear(int year);

}
