package fr.apec.novapec.laureate;

/**
 * The published laureates of one region.
 *
 * @param laureates how many act in the region
 * @param plannedBeneficiaries the people they plan to reach, where published
 * @param reachedBeneficiaries the people they reported having reached, where published
 */
public record RegionFigures(String code, long laureates, long plannedBeneficiaries, long reachedBeneficiaries) {
}
