package fr.apec.novapec.laureate;

/**
 * The key figures of the published laureates.
 *
 * @param laureates how many laureate projects are published
 * @param regionsCovered in how many distinct regions they act
 * @param plannedBeneficiaries the people they plan to reach, where they said
 * @param reachedBeneficiaries the people they reported having reached
 */
public record ShowcaseFigures(long laureates, long regionsCovered, long plannedBeneficiaries,
		long reachedBeneficiaries) {
}
