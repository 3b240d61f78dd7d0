package fr.apec.novapec.budget;

import java.math.BigDecimal;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AwardRepository extends Repository<Award, Long> {

	Award save(Award award);

	boolean existsByApplicationId(long applicationId);

	@Query("select coalesce(sum(a.amount), 0) from Award a where a.year = :year")
	BigDecimal totalOfYear(int year);

}
