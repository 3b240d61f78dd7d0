package fr.apec.novapec.application.web;

import java.util.ArrayList;
import java.util.List;

import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.application.ApplicationDraft.Indicator;
import fr.apec.novapec.application.DraftParts;

import org.springframework.validation.Errors;

/**
 * The impact indicators step: up to six indicators, each a label and a target (a whole number above zero).
 * The target stays text as typed so that a wrong one is shown again as it was.
 */
public class IndicatorsForm {

	static final int ROWS = 6;

	private List<IndicatorRow> indicators = new ArrayList<>();

	static IndicatorsForm of(ApplicationDraft draft) {
		IndicatorsForm form = new IndicatorsForm();
		for (Indicator indicator : draft.indicators()) {
			IndicatorRow row = new IndicatorRow();
			row.label = indicator.label();
			row.target = String.valueOf(indicator.target());
			form.indicators.add(row);
		}
		return form.padded();
	}

	IndicatorsForm padded() {
		if (this.indicators.size() > ROWS) {
			this.indicators = new ArrayList<>(this.indicators.subList(0, ROWS));
		}
		while (this.indicators.size() < ROWS) {
			this.indicators.add(new IndicatorRow());
		}
		return this;
	}

	/**
	 * Checks the rows used (a row left blank is skipped); every problem becomes an error on its field.
	 * @return the part to save, or null when there are errors
	 */
	DraftParts.Indicators validate(Errors errors) {
		List<Indicator> rows = new ArrayList<>();
		int count = Math.min(this.indicators.size(), ROWS);
		for (int i = 0; i < count; i++) {
			IndicatorRow row = this.indicators.get(i);
			String label = Texts.trim(row.label);
			String text = Texts.trim(row.target);
			String field = "indicators[" + i + "].";
			if (label == null && text == null) {
				continue;
			}
			if (label == null) {
				errors.rejectValue(field + "label", "application.indicator.label.required");
			}
			else if (label.length() > 200) {
				errors.rejectValue(field + "label", "application.indicator.label.tooLong");
			}
			Integer target = null;
			if (text == null) {
				errors.rejectValue(field + "target", "application.indicator.target.required");
			}
			else {
				target = target(text.replaceAll("[\\s\\u00A0\\u202F]", ""));
				if (target == null) {
					errors.rejectValue(field + "target", "application.indicator.target.invalid");
				}
			}
			if (label != null && target != null) {
				rows.add(new Indicator(label, target));
			}
		}
		return errors.hasErrors() ? null : new DraftParts.Indicators(rows);
	}

	/** A whole number above zero that fits an integer, or null. */
	private static Integer target(String digits) {
		if (!digits.matches("\\d{1,9}")) {
			return null;
		}
		int value = Integer.parseInt(digits);
		return (value > 0) ? value : null;
	}

	public List<IndicatorRow> getIndicators() {
		return this.indicators;
	}

	public void setIndicators(List<IndicatorRow> indicators) {
		this.indicators = (indicators != null) ? indicators : new ArrayList<>();
	}

	/** One indicator row as typed. */
	public static class IndicatorRow {

		private String label;

		private String target;

		public String getLabel() {
			return this.label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public String getTarget() {
			return this.target;
		}

		public void setTarget(String target) {
			this.target = target;
		}

	}

}
