package fr.apec.novapec.application;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of an application, in the order its form asks for them, and what a draft must say in each
 * before it can be submitted. The web layer shows each as a step of its own.
 */
public enum Section {

	PROJECT, THEMES, TERRITORIES, SCHEDULE, BUDGET, INDICATORS, PARTNERS, DOCUMENTS;

	/** The message keys of what this part still lacks in the draft; empty when it is complete. */
	public List<String> missing(ApplicationDraft draft) {
		List<String> missing = new ArrayList<>();
		switch (this) {
			case PROJECT -> {
				addIf(missing, draft.summary() == null, "application.missing.summary");
				addIf(missing, draft.description() == null, "application.missing.description");
			}
			case THEMES -> {
				addIf(missing, draft.themeCode() == null, "application.missing.theme");
				addIf(missing, draft.publics().isEmpty(), "application.missing.publics");
			}
			case TERRITORIES -> {
				addIf(missing, draft.regions().isEmpty(), "application.missing.regions");
				addIf(missing, !draft.regions().isEmpty() && draft.leadRegion() == null,
						"application.missing.leadRegion");
			}
			case SCHEDULE -> {
				addIf(missing, draft.publics().isEmpty() || !draft.planned().keySet().containsAll(draft.publics()),
						"application.missing.planned");
				addIf(missing, draft.startDate() == null, "application.missing.startDate");
				addIf(missing, draft.durationMonths() == null, "application.missing.durationMonths");
			}
			case BUDGET -> {
				addIf(missing, draft.totalBudget() == null, "application.missing.totalBudget");
				addIf(missing, draft.requestedAmount() == null, "application.missing.requestedAmount");
			}
			case INDICATORS -> addIf(missing, draft.indicators().isEmpty(), "application.missing.indicators");
			// Partners and documents are optional parts; the documents the call requires are an eligibility rule.
			case PARTNERS, DOCUMENTS -> {
			}
		}
		return missing;
	}

	private static void addIf(List<String> missing, boolean condition, String key) {
		if (condition) {
			missing.add(key);
		}
	}

}
