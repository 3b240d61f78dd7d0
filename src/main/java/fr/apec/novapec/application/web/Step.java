package fr.apec.novapec.application.web;

import java.util.ArrayList;
import java.util.List;

import fr.apec.novapec.application.ApplicationDraft;

/**
 * The steps of the application form, in order: each is a page of its own at
 * {@code /espace/candidatures/{id}/{slug}} that saves only its fields. Its label is
 * {@code application.step.<slug>}.
 */
public enum Step {

	PROJECT("projet"), THEMES("themes-et-publics"), TERRITORIES("territoires"),
	SCHEDULE("beneficiaires-et-calendrier"), BUDGET("budget");

	private final String slug;

	Step(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return this.slug;
	}

	public String labelKey() {
		return "application.step." + this.slug;
	}

	/** The message keys of what this step still lacks in the draft; empty when the step is complete. */
	List<String> missing(ApplicationDraft draft) {
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
				addIf(missing, !draft.regions().isEmpty() && draft.leadRegion() == null, "application.missing.leadRegion");
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
		}
		return missing;
	}

	private static void addIf(List<String> missing, boolean condition, String key) {
		if (condition) {
			missing.add(key);
		}
	}

	/** A step as the overview lists it. */
	public record State(Step step, String slug, String labelKey, List<String> missing) {

		public boolean complete() {
			return this.missing.isEmpty();
		}

	}

	static List<State> states(ApplicationDraft draft) {
		List<State> states = new ArrayList<>();
		for (Step step : values()) {
			states.add(new State(step, step.slug, step.labelKey(), step.missing(draft)));
		}
		return states;
	}

}
