package fr.apec.novapec.laureate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A published laureate project as the public may see it. The optional fields the organisation did not
 * agree to publish are already blank: {@code description} and the beneficiary counts are null,
 * {@code partners} and {@code cities} empty.
 *
 * @param carriers the carrying organisations, in the order they are named
 * @param regions the regions where the project acts, in the usual order of regions
 * @param publicCodes codes of the publics it serves ({@code cadres}, {@code jeunes-diplomes}, {@code pme})
 * @param roundLabel the selection round that chose it, or null for a project loaded without one
 * @param committeeDate the date of that round's committee, or null
 */
public record Laureate(String slug, String name, String summary, String description, int year, String themeCode,
		List<String> carriers, List<String> partners, List<RegionName> regions, List<String> publicCodes,
		List<City> cities, Integer plannedBeneficiaries, Integer reachedBeneficiaries, String roundLabel,
		LocalDate committeeDate, Instant updatedAt) {

	/** A region by its INSEE code and its name. */
	public record RegionName(String code, String name) {
	}

	/** A city where the project acts; {@code priorityNeighbourhood} flags a QPV. */
	public record City(String name, String regionCode, boolean priorityNeighbourhood) {
	}

}
