package fr.apec.novapec.organisation;

import java.time.Instant;

/**
 * An organisation as its members see it on its page and in its edit form.
 *
 * @param version the version it was read at: an edit form sends it back, so that a change made meanwhile
 * elsewhere is not overwritten unknowingly
 */
public record OrganisationDetails(long id, String name, String siret, String rna, String courtRegister,
		String legalFormCode, boolean esus, String addressLine, String postcode, String city, String regionCode,
		String regionName, String website, Instant createdAt, long version) {
}
