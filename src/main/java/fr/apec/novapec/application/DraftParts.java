package fr.apec.novapec.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.application.ApplicationDraft.City;
import fr.apec.novapec.application.ApplicationDraft.CoFunder;

/** What each step of the application form saves; a part of a draft may be incomplete (nulls, empty lists). */
public final class DraftParts {

	private DraftParts() {
	}

	/** A step of the form, saved whole by {@code ApplicationDrafting.save}. */
	public sealed interface Step permits Project, ThemeAndPublics, Territories, Schedule, Budget, Partners, Indicators,
			Documents {

	}

	/** The project step. */
	public record Project(String title, String summary, String description) implements Step {
	}

	/** The themes and publics step. */
	public record ThemeAndPublics(String themeCode, List<String> publics) implements Step {
	}

	/** The territories step: {@code leadRegion} is one of {@code regions}, or null when none is chosen. */
	public record Territories(List<String> regions, String leadRegion, List<City> cities) implements Step {
	}

	/** The beneficiaries and calendar step: planned beneficiaries by public code, each above zero. */
	public record Schedule(Map<String, Integer> planned, LocalDate startDate, Integer durationMonths) implements Step {
	}

	/** The budget step, amounts in euros with two decimals. */
	public record Budget(BigDecimal totalBudget, BigDecimal requestedAmount, List<CoFunder> coFunders) implements Step {
	}

	/** The partners step. */
	public record Partners(List<ApplicationDraft.Partner> partners) implements Step {
	}

	/** The impact indicators step. */
	public record Indicators(List<ApplicationDraft.Indicator> indicators) implements Step {
	}

	/** The documents step: ids of documents of the organisation's vault. */
	public record Documents(List<Long> documentIds) implements Step {
	}

}
