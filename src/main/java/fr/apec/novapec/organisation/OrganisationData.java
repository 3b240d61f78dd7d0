package fr.apec.novapec.organisation;

/**
 * What a member says about its organisation, checked and normalised: the SIRET and RNA number as
 * value objects, optional texts {@code null} rather than blank.
 *
 * @param rna required for associations outside Alsace-Moselle (see {@link Registration})
 * @param courtRegister required for associations of Alsace-Moselle
 * @param legalFormCode a code of table legal_form ({@code association}, {@code scop}…)
 * @param esus whether the organisation holds the ESUS approval (entreprise solidaire d'utilité sociale)
 * @param regionCode the INSEE code of the region of its head office
 * @param website an http or https address, or {@code null}
 */
public record OrganisationData(String name, Siret siret, Rna rna, String courtRegister, String legalFormCode,
		boolean esus, String addressLine, String postcode, String city, String regionCode, String website) {

	public OrganisationData {
		if (name == null || name.isBlank() || siret == null || legalFormCode == null || addressLine == null
				|| addressLine.isBlank() || postcode == null || !postcode.matches("[0-9]{5}") || city == null
				|| city.isBlank() || regionCode == null) {
			throw new IllegalArgumentException("Incomplete organisation");
		}
		Registration registration = Registration.requiredFor(legalFormCode, postcode);
		if (registration == Registration.RNA && rna == null) {
			throw new IllegalArgumentException("An association gives its RNA number");
		}
		if (registration == Registration.COURT_REGISTER && (courtRegister == null || courtRegister.isBlank())) {
			throw new IllegalArgumentException("An association of Alsace-Moselle gives its court register");
		}
		if (website != null && !website.startsWith("https://") && !website.startsWith("http://")) {
			throw new IllegalArgumentException("A website is an http or https address");
		}
	}

}
