package fr.apec.novapec.budget;

import java.util.Collection;
import java.util.Map;

/**
 * What the budget asks of the applications its awards name: their reference, title, organisation and whether
 * they stand selected. The application module provides the bean (it already depends on this module, for the staff
 * dashboard's budget, so the budget cannot depend on it without a cycle); the budget reads no application table.
 */
public interface AwardedApplications {

	/** These applications by id, in a fixed number of statements whatever their number; unknown ids are left out. */
	Map<Long, AwardedApplication> describe(Collection<Long> applicationIds);

	/**
	 * An application as the budget page and the open data name it.
	 * @param siret its organisation's SIRET (14 digits)
	 * @param public_ whether the public may know of the award: the application stands SELECTED and its round's
	 * decisions are published (only those awards are open data)
	 */
	record AwardedApplication(long id, String reference, String title, String organisationName, String siret,
			boolean public_) {
	}

}
