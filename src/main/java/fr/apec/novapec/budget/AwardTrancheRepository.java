package fr.apec.novapec.budget;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AwardTrancheRepository extends Repository<AwardTranche, Long> {

	/**
	 * The tranche, its row locked until the transaction ends: a second payment (a double click, another tab)
	 * waits for the first, then finds the tranche paid.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from AwardTranche t where t.id = :id")
	Optional<AwardTranche> lockTranche(long id);

}
