package fr.apec.novapec.application;

import java.util.List;
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

	/**
	 * The applications of the call in this state without a round, locked (select … for update, which skips a
	 * row that another transaction moved out of the state meanwhile), the oldest first.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select g from GrantApplication g where g.callId = :callId and g.status = :status and g.roundId is null order by g.id")
	List<GrantApplication> findWithoutRoundForUpdate(long callId, ApplicationStatus status);

}
