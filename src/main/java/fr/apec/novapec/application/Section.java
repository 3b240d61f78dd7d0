package fr.apec.novapec.application;

import java.math.BigDecimal;
import java.time.LocalDate;
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

	/**
	 * The message keys of what this part says that cannot be right on the day of the submission, once it is
	 * there: a budget or an amount requested of zero, an amount requested and co-funders that add up to more
	 * than the total budget, a project starting before that day. Empty when nothing is implausible.
	 * @param today the day of the submission (in Paris)
	 */
	public List<String> implausible(ApplicationDraft draft, LocalDate today) {
		List<String> implausible = new ArrayList<>();
		switch (this) {
			case SCHEDULE -> addIf(implausible, draft.startDate() != null && draft.startDate().isBefore(today),
					"application.implausible.startDateBeforeSubmission");
			case BUDGET -> {
				addIf(implausible, draft.totalBudget() != null && draft.totalBudget().signum() <= 0,
						"application.implausible.totalBudget");
				addIf(implausible, draft.requestedAmount() != null && draft.requestedAmount().signum() <= 0,
						"application.implausible.requestedAmount");
				BigDecimal share = draft.ownShare();
				addIf(implausible, share != null && share.signum() < 0, "application.implausible.overFunded");
			}
			default -> {
			}
		}
		return implausible;
	}

	private static void addIf(List<String> missing, boolean condition, String key) {
		if (condition) {
			missing.add(key);
		}
	}

}
