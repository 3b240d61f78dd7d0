package fr.apec.novapec.budget;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What the budget asks of the applications its awards name: their reference, title, organisation and whether
 * they stand selected. The application module provides the bean (it already depends on this module, for the staff
 * dashboard's budget, so the budget cannot depend on it without a cycle); the budget reads no application table.
 */
public interface AwardedApplications {

	/** These applications by id, in a fixed number of statements whatever their number; unknown ids are left out. */
	Map<Long, AwardedApplication> describe(Collection<Long> applicationIds);

	/**
	 * Those of these applications whose round's decisions are published: their organisations know of them, and so
	 * may the public. In a fixed number of statements.
	 */
	Set<Long> decidedInPublishedRound(Collection<Long> applicationIds);

	/**
	 * An application as the budget page and the open data name it.
	 * @param siret its organisation's SIRET (14 digits)
	 * @param selected whether the application stands SELECTED (only those are published as open data, once their
	 * round's decisions are)
	 */
	record AwardedApplication(long id, String reference, String title, String organisationName, String siret,
			boolean selected) {
	}

}
