package fr.apec.novapec.organisation;

/**
 * Which public register an organisation must give its number in. An association is in the Répertoire
 * national des associations (RNA number), except in Alsace-Moselle (Moselle 57, Bas-Rhin 67, Haut-Rhin
 * 68) where local law registers associations at the court: they give that register's reference
 * instead. Other legal forms need neither.
 */
public enum Registration {

	/** An association: its RNA number is required. */
	RNA,

	/** An association of Alsace-Moselle: the reference of its court register is required. */
	COURT_REGISTER,

	/** Any other legal form: neither is required. */
	NONE;

	/** The legal form code of associations (table legal_form). */
	public static final String ASSOCIATION = "association";

	/** The register that an organisation of this legal form with its head office at this postcode is in. */
	public static Registration requiredFor(String legalFormCode, String postcode) {
		if (!ASSOCIATION.equals(legalFormCode)) {
			return NONE;
		}
		return isAlsaceMoselle(postcode) ? COURT_REGISTER : RNA;
	}

	/** Whether a postcode is in Moselle, Bas-Rhin or Haut-Rhin (it starts with 57, 67 or 68). */
	public static boolean isAlsaceMoselle(String postcode) {
		return postcode != null && postcode.length() == 5
				&& (postcode.startsWith("57") || postcode.startsWith("67") || postcode.startsWith("68"));
	}

}
