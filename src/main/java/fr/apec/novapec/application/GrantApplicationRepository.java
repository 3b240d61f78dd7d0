package fr.apec.novapec.application;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The applications, each loaded whole; a change locks its application first. */
interface GrantApplicationRepository extends JpaRepository<GrantApplication, Long> {

	/**
	 * The application, locked until the end of the transaction (select … for update): of two changes
	 * started from one state, the second waits for the first and then sees the state it left.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select g from GrantApplication g where g.id = :id")
	Optional<GrantApplication> findForUpdate(long id);

}
