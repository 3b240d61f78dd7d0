package fr.apec.novapec.report;

import java.util.List;
import java.util.Map;

/**
 * What a report says, as typed: any part may be missing in a draft.
 *
 * @param reached beneficiaries reached by public code (zero or more)
 * @param achieved value achieved by position of the application's impact indicator (from 1; zero or more)
 * @param documentIds documents of the organisation's vault attached
 */
public record ReportContent(String text, Map<String, Integer> reached, Map<Integer, Integer> achieved,
		List<Long> documentIds) {
}
