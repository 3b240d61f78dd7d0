package fr.apec.novapec.laureate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Laureate projects created from selected applications, and what the showcase may show of each. Name,
 * carrying organisation, regions, theme, publics, summary and year are the public record of a public grant and
 * always shown; each of {@link LaureateProject#OPTIONAL_FIELDS} is shown only if the organisation agrees. A new
 * laureate shows its cities and planned beneficiaries; its description, partners and reached beneficiaries stay
 * hidden until the organisation agrees. The caller answers for who acts: staff create (publishing a round), a
 * member of the organisation chooses.
 */
@Service
public class LaureateRecords {

	/** What a laureate created from an application shows until its organisation chooses otherwise. */
	static final Set<String> SHOWN_BY_DEFAULT = Set.of("cities", "planned_beneficiaries");

	private final LaureateProjectRepository projects;

	LaureateRecords(LaureateProjectRepository projects) {
		this.projects = projects;
	}

	/**
	 * Creates the laureate project of a selected application, in the caller's transaction (the showcase shows
	 * it once that commits). An application has one laureate: when it has one already, nothing is created.
	 * @return the laureate's slug
	 */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional(propagation = Propagation.MANDATORY)
	public String create(NewLaureate laureate) {
		Optional<LaureateProject> existing = this.projects.findByApplicationId(laureate.applicationId());
		if (existing.isPresent()) {
			return existing.get().getSlug();
		}
		LaureateProject project = new LaureateProject(slug(laureate), laureate.name(), laureate.themeCode(),
				laureate.committeeDate().getYear(), laureate.summary(), laureate.description());
		project.createdFrom(laureate.applicationId());
		project.selectedIn(laureate.roundId(), laureate.roundLabel(), laureate.committeeDate());
		project.addCarrier(laureate.organisation());
		laureate.partners().forEach(project::addPartner);
		laureate.regionCodes().forEach(project::actsIn);
		laureate.publicCodes().forEach(project::serves);
		laureate.cities().forEach((city) -> project.addCity(city.name(), city.regionCode(), city.priorityNeighbourhood()));
		Integer planned = laureate.plannedBeneficiaries();
		project.plans((planned != null && planned > 0) ? planned : null);
		project.publishOnly(SHOWN_BY_DEFAULT);
		return this.projects.save(project).getSlug();
	}

	/** What the showcase shows of the laureate of this application; empty when it has none. */
	@Transactional(readOnly = true)
	public Optional<ShowcaseChoice> choice(long applicationId) {
		return this.projects.findByApplicationId(applicationId).map(LaureateRecords::choice);
	}

	/**
	 * The organisation shows only these optional fields of the laureate of this application on the showcase,
	 * at once (the showcase version changes with it).
	 * @return the choice as it now stands; empty when the application has no laureate (nothing changed)
	 * @throws IllegalArgumentException when a field is not one of the optional fields
	 */
	@Transactional
	public Optional<ShowcaseChoice> choose(long applicationId, Set<String> fields) {
		return this.projects.findByApplicationId(applicationId).map((project) -> {
			project.publishOnly(fields);
			return choice(project);
		});
	}

	private static ShowcaseChoice choice(LaureateProject project) {
		return new ShowcaseChoice(project.getSlug(), LaureateProject.OPTIONAL_FIELDS, Set.copyOf(
				LaureateProject.OPTIONAL_FIELDS.stream().filter(project::publishes).toList()));
	}

	/** The name in lower-case ASCII words joined by hyphens; the application's id follows when it is taken. */
	private String slug(NewLaureate laureate) {
		String words = Normalizer.normalize(laureate.name(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (words.length() > 80) {
			words = words.substring(0, 80).replaceAll("-+$", "");
		}
		String base = words.isEmpty() ? "laureat" : words;
		return this.projects.findBySlug(base).isPresent() ? base + "-" + laureate.applicationId() : base;
	}

}
