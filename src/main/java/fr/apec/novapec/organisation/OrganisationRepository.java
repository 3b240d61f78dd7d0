package fr.apec.novapec.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface OrganisationRepository extends Repository<Organisation, Long> {

	Optional<Organisation> findById(long id);

	Optional<Organisation> findBySiret(String siret);

	/** The organisation with its row locked until the transaction ends: members join and leave one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from Organisation o where o.id = :id")
	Optional<Organisation> findLockedById(long id);

	boolean existsBySiretAndIdNot(String siret, long id);

	void flush();

	/**
	 * Registers an organisation unless its SIRET is taken, in one statement: a form sent twice, or two
	 * people registering the same SIRET at once, make one organisation. A PostgreSQL upsert: JPA has none.
	 * @return 1 when it was registered, 0 when the SIRET was taken
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into organisation (name, siret, rna, court_register, legal_form_code, esus, address_line,
			                          postcode, city, region_code, website)
			values (:name, :siret, :rna, :courtRegister, :legalForm, :esus, :addressLine, :postcode, :city,
			        :region, :website)
			on conflict (siret) do nothing""")
	int insertUnlessSiretTaken(String name, String siret, String rna, String courtRegister,
			@Param("legalForm") String legalFormCode, boolean esus, String addressLine, String postcode, String city,
			@Param("region") String regionCode, String website);

	@Query("""
			select case when count(o) > 0 then true else false end from Organisation o join o.memberships m
			where o.id = :organisationId and m.accountId = :accountId""")
	boolean isMember(long organisationId, long accountId);

	@Query("""
			select m.accountId from Organisation o join o.memberships m
			where o.id = :organisationId and m.accountId in :accountIds""")
	List<Long> membersAmong(long organisationId, Collection<Long> accountIds);

	@Query("select o.id from Organisation o join o.memberships m where m.accountId = :accountId")
	List<Long> idsWithMember(long accountId);

	@Query("select m.accountId from Organisation o join o.memberships m where o.id = :organisationId")
	List<Long> memberIds(long organisationId);

	@Query("""
			select new fr.apec.novapec.organisation.OrganisationSummary(o.id, o.name, o.siret, o.city)
			from Organisation o join o.memberships m where m.accountId = :accountId order by o.name""")
	List<OrganisationSummary> summariesWithMember(long accountId);

	@Query("select o.id as id, o.name as name from Organisation o where o.id in :ids")
	List<IdAndName> names(Collection<Long> ids);

	/**
	 * Native, so that the condition is the expression of the trigram index of V63 (novapec_fold(name)), which
	 * answers "contains" without folding every name; backslash escapes, as in PostgreSQL's default.
	 */
	@Query(nativeQuery = true, value = "select o.id from organisation o where novapec_fold(o.name) like novapec_fold(:pattern)")
	List<Long> idsNamedLike(String pattern);

	@Query("select o.siret from Organisation o where o.id = :id")
	Optional<String> siretOf(long id);

	@Query("select o.id as id, o.siret as name from Organisation o where o.id in :ids")
	List<IdAndName> sirets(Collection<Long> ids);

	interface IdAndName {

		Long getId();

		String getName();

	}

}
