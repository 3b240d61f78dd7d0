package fr.apec.novapec.organisation;

/**
 * What other features need to know of an organisation's standing in the social and solidarity economy.
 *
 * @param essByLaw whether its legal form belongs to the ESS by law (table legal_form)
 * @param esus whether it holds the ESUS approval
 * @param regionCode the INSEE code of the region of its head office, or {@code null} if none is known
 */
public record OrganisationProfile(long id, String name, String legalFormCode, boolean essByLaw, boolean esus,
		String regionCode) {
}
