package fr.apec.novapec.budget;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ProgrammeYearRepository extends Repository<ProgrammeYear, Integer> {

	Optional<ProgrammeYear> findFirstByOrderByYearDesc();

	Optional<ProgrammeYear> findByYear(int year);

}
