package fr.apec.novapec.laureate;

/**
 * The published laureates acting in one region. A multiregional project counts in full in each of its
 * regions, so these figures never add up across regions to the national ones.
 *
 * @param laureates how many act in the region, multiregional ones included
 * @param multiregional how many of them also act in other regions
 * @param plannedBeneficiaries the people they plan to reach, summed over those that published a figure;
 * {@code null} when none did
 * @param reachedBeneficiaries the people they reported having reached, summed over those that published a
 * figure; {@code null} when none did
 */
public record RegionFigures(String code, long laureates, long multiregional, Long plannedBeneficiaries,
		Long reachedBeneficiaries) {

	/** The figures of a region where no published laureate acts. */
	public static RegionFigures none(String code) {
		return new RegionFigures(code, 0, 0, null, null);
	}

}
