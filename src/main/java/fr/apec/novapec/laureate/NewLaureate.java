package fr.apec.novapec.laureate;

import java.time.LocalDate;
import java.util.List;

/**
 * A laureate project to create from a selected application, when its round is published.
 *
 * @param applicationId the selected application
 * @param roundId the round that selected it
 * @param roundLabel that round's label
 * @param committeeDate the day its committee met; the laureate's year is its year
 * @param name the project's name (the application's title)
 * @param organisation the carrying organisation's name
 * @param themeCode its theme
 * @param regionCodes its regions
 * @param publicCodes its publics
 * @param cities where it acts
 * @param plannedBeneficiaries how many people it plans to reach, or null when it did not say
 * @param partners its partners' names
 */
public record NewLaureate(long applicationId, long roundId, String roundLabel, LocalDate committeeDate, String name,
		String organisation, String themeCode, List<String> regionCodes, List<String> publicCodes, List<City> cities,
		Integer plannedBeneficiaries, String summary, String description, List<String> partners) {

	/** A city where the project acts, in one of its regions. */
	public record City(String name, String regionCode, boolean priorityNeighbourhood) {
	}

}
