package fr.apec.novapec.application;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The staff inbox for a filter: one page of applications, how many match in each state (every filter applied
 * but the state), the rounds the filter offers, and the team the list was narrowed to.
 *
 * @param countsByStatus for every state staff see, in the order of {@link ApplicationStatus}, zero included
 * @param rounds the rounds that have applications, by id, in the order of their ids
 * @param teamRegions the regions of the staff member's team (empty when it has none)
 * @param team how the list was narrowed: {@link StaffInboxFilter.Team#MY_REGIONS} only with a team
 */
public record StaffInbox(StaffApplicationPage page, Map<ApplicationStatus, Long> countsByStatus,
		Map<Long, String> rounds, Set<String> teamRegions, StaffInboxFilter.Team team) {

	/** The states with their counts, for the page. */
	public List<Map.Entry<ApplicationStatus, Long>> counts() {
		return List.copyOf(this.countsByStatus.entrySet());
	}

}
