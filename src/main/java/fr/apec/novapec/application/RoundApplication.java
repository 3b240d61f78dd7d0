package fr.apec.novapec.application;

import java.math.BigDecimal;

/**
 * An application of a selection round as the committee lists it: what it is, whose, its state, what it asks for
 * and under which theme and lead region an award to it is counted, with the regional teams' opinions counted.
 *
 * @param organisationName the organisation's name, or null when the caller did not ask for names
 * @param requestedAmount the amount it asks for, or null when it says none
 * @param awardedAmount the amount awarded once selected, or null
 * @param version what a committee's decision on it must send back, so that a page read before a newer decision
 * is told so
 * @param favourable how many regional teams gave a favourable opinion (likewise reserved, unfavourable)
 */
public record RoundApplication(long id, String reference, String title, long organisationId, String organisationName,
		ApplicationStatus status, String themeCode, String leadRegion, BigDecimal requestedAmount,
		BigDecimal awardedAmount, long version, int favourable, int reserved, int unfavourable) {

	RoundApplication named(String name) {
		return new RoundApplication(this.id, this.reference, this.title, this.organisationId, name, this.status,
				this.themeCode, this.leadRegion, this.requestedAmount, this.awardedAmount, this.version,
				this.favourable, this.reserved, this.unfavourable);
	}

}
