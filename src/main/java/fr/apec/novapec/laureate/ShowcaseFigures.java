package fr.apec.novapec.laureate;

/**
 * The key figures of the published laureates, each project counted once.
 *
 * @param laureates how many laureate projects are published
 * @param regionsCovered in how many distinct regions they act
 * @param plannedBeneficiaries the people they plan to reach, summed over those that published a figure;
 * {@code null} when none did
 * @param reachedBeneficiaries the people they reported having reached, summed over those that published a
 * figure; {@code null} when none did
 * @param reported how many published laureates have an approved report (a reached figure), published or not:
 * while it is 0, no reached figure can exist yet
 */
public record ShowcaseFigures(long laureates, long regionsCovered, Long plannedBeneficiaries,
		Long reachedBeneficiaries, long reported) {
}
