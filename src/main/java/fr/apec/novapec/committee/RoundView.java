package fr.apec.novapec.committee;

import java.util.List;

import fr.apec.novapec.selection.RoundSummary;

/**
 * A round as its page shows it.
 * @param closed whether its cut-off has passed: no newly submitted application joins it any more
 * @param applications its applications, by reference (the round's page) or ranked (the committee's page)
 * @param next the round an application deferred from this one goes to, or null when there is none yet
 */
public record RoundView(RoundSummary round, boolean closed, List<RankedApplication> applications, RoundSummary next) {

}
