package fr.apec.novapec.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface InvitationRepository extends Repository<Invitation, Long> {

	Invitation save(Invitation invitation);

	Optional<Invitation> findByTokenHash(String tokenHash);

	/** The invitation with its row locked until the transaction ends: a link is used once. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Invitation i where i.tokenHash = :tokenHash")
	Optional<Invitation> findLockedByTokenHash(String tokenHash);

	long countByOrganisationIdAndCreatedAtAfter(long organisationId, Instant since);

	@Query("""
			select new fr.apec.novapec.organisation.PendingInvitation(i.email, i.expiresAt) from Invitation i
			where i.organisationId = :organisationId and i.usedAt is null and i.expiresAt > :now
			order by i.expiresAt, i.id""")
	List<PendingInvitation> pendingFor(long organisationId, Instant now);

}
