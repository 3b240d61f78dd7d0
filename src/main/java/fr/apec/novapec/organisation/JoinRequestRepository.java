package fr.apec.novapec.organisation;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface JoinRequestRepository extends Repository<JoinRequest, Long> {

	/**
	 * The request with its row locked until the transaction ends: of two members deciding at once, the
	 * second reads the first one's decision.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select j from JoinRequest j where j.id = :id and j.organisationId = :organisationId")
	Optional<JoinRequest> findLocked(long id, long organisationId);

	/**
	 * Records a pending request unless the person has one waiting for this organisation already (the
	 * partial unique index join_request_one_pending_idx): asking twice mails the members once. A
	 * PostgreSQL upsert: JPA has none.
	 * @return 1 when it was recorded, 0 when one was waiting
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into join_request (organisation_id, account_id) values (:organisationId, :accountId)
			on conflict (organisation_id, account_id) where status = 'PENDING' do nothing""")
	int insertUnlessPending(long organisationId, long accountId);

	void flush();

	@Query("""
			select j from JoinRequest j where j.organisationId = :organisationId
			and j.status = fr.apec.novapec.organisation.JoinRequest.Status.PENDING order by j.createdAt, j.id""")
	List<JoinRequest> pendingFor(long organisationId);

	@Query("""
			select new fr.apec.novapec.organisation.OwnJoinRequest(o.siret, j.createdAt)
			from JoinRequest j, Organisation o where o.id = j.organisationId and j.accountId = :accountId
			and j.status = fr.apec.novapec.organisation.JoinRequest.Status.PENDING
			order by j.createdAt desc, j.id desc""")
	List<OwnJoinRequest> pendingOf(long accountId);

}
