package fr.apec.novapec.laureate;

import java.util.List;

/**
 * A published laureate as a list shows it.
 *
 * @param carriers the carrying organisations, in the order they are named
 * @param regions the regions where the project acts, in the usual order of regions
 * @param publicCodes codes of the publics it serves ({@code cadres}, {@code jeunes-diplomes}, {@code pme})
 * @param plannedBeneficiaries the number of people it plans to reach, or {@code null} when not given
 */
public record LaureateCard(String slug, String name, String summary, int year, String themeCode,
		List<String> carriers, List<RegionName> regions, List<String> publicCodes, List<String> cities,
		Integer plannedBeneficiaries) {

	/** A region by its INSEE code and its name. */
	public record RegionName(String code, String name) {
	}

}
