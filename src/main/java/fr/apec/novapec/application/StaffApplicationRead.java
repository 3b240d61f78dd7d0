package fr.apec.novapec.application;

import java.util.List;

import fr.apec.novapec.journal.JournalEntry;

/**
 * An application's page as staff read it, in one read: the application, its eligibility check, the opinions
 * given on it and the regions for which the reader may give one, its private notes and its audit journal.
 *
 * @param opinionRegions the regions for which the reader may give (or change) an opinion now; empty when none
 */
public record StaffApplicationRead(StaffApplicationView view, EligibilityCheck eligibility, List<Opinion> opinions,
		List<String> opinionRegions, List<StaffNote> notes, List<JournalEntry> journal) {
}
