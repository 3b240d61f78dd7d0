package fr.apec.novapec.application.web;

import java.util.ArrayList;
import java.util.List;

import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.application.Section;

/**
 * The steps of the application form, in order: each is a page of its own at
 * {@code /espace/candidatures/{id}/{slug}} that saves only its fields. Its label is
 * {@code application.step.<slug>}. What each must say before submission is its {@link Section}'s rule.
 * After them comes the review step ({@link #REVIEW_SLUG}), which saves nothing.
 */
public enum Step {

	PROJECT("projet"), THEMES("themes-et-publics"), TERRITORIES("territoires"),
	SCHEDULE("beneficiaires-et-calendrier"), BUDGET("budget"),
	INDICATORS("indicateurs"), PARTNERS("partenaires"), DOCUMENTS("documents");

	/** The address of the review step, after the others. */
	public static final String REVIEW_SLUG = "verification";

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

	/** The part of the application this step writes. */
	public Section section() {
		return Section.valueOf(name());
	}

	/** The step that writes this part of the application. */
	static Step of(Section section) {
		return valueOf(section.name());
	}

	/** The message keys of what this step still lacks in the draft; empty when the step is complete. */
	List<String> missing(ApplicationDraft draft) {
		return section().missing(draft);
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
