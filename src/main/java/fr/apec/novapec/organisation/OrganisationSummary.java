package fr.apec.novapec.organisation;

/** An organisation as its members see it in a list. */
public record OrganisationSummary(long id, String name, String siret, String city) {
}
