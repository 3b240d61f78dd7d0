package fr.apec.novapec.application.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.application.DraftParts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The beneficiaries and calendar step: beneficiaries planned for each public, start date and duration.
 * Numbers stay text as typed ({@code 1 200} is read as 1200) so that a wrong one is shown again as it was.
 */
public class ScheduleForm {

	private String plannedCadres;

	private String plannedJeunesDiplomes;

	private String plannedPme;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = "dd/MM/yyyy")
	private LocalDate startDate;

	private String durationMonths;

	static ScheduleForm of(ApplicationDraft draft) {
		ScheduleForm form = new ScheduleForm();
		form.plannedCadres = text(draft.planned().get("cadres"));
		form.plannedJeunesDiplomes = text(draft.planned().get("jeunes-diplomes"));
		form.plannedPme = text(draft.planned().get("pme"));
		form.startDate = draft.startDate();
		form.durationMonths = text(draft.durationMonths());
		return form;
	}

	private static String text(Integer value) {
		return (value != null) ? value.toString() : null;
	}

	/**
	 * Reads the numbers and checks the rules of the step; every problem becomes an error on its field.
	 * @return the part to save (beneficiaries only for the publics the application targets), or null when
	 * there are errors
	 */
	DraftParts.Schedule validate(Errors errors, List<String> publics) {
		Map<String, Integer> planned = new LinkedHashMap<>();
		put(errors, planned, publics, "cadres", "plannedCadres", this.plannedCadres);
		put(errors, planned, publics, "jeunes-diplomes", "plannedJeunesDiplomes", this.plannedJeunesDiplomes);
		put(errors, planned, publics, "pme", "plannedPme", this.plannedPme);
		Integer duration = null;
		try {
			duration = whole(this.durationMonths);
			if (duration != null && (duration < 1 || duration > 60)) {
				errors.rejectValue("durationMonths", "application.durationMonths.range");
			}
		}
		catch (NumberFormatException ex) {
			errors.rejectValue("durationMonths", "application.durationMonths.invalid");
		}
		if (!errors.hasFieldErrors("startDate") && this.startDate != null
				&& (this.startDate.getYear() < 2000 || this.startDate.getYear() > 2100)) {
			errors.rejectValue("startDate", "application.startDate.implausible");
		}
		return errors.hasErrors() ? null : new DraftParts.Schedule(planned, this.startDate, duration);
	}

	private static void put(Errors errors, Map<String, Integer> planned, List<String> publics, String code,
			String field, String text) {
		if (!publics.contains(code)) {
			return;
		}
		try {
			Integer value = whole(text);
			if (value != null && value < 1) {
				errors.rejectValue(field, "application.planned.positive");
			}
			else if (value != null) {
				planned.put(code, value);
			}
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "application.planned.invalid");
		}
	}

	/** A whole number typed with or without spaces between thousands; null for a blank text. */
	static Integer whole(String text) {
		String compact = Texts.trim(text);
		if (compact == null) {
			return null;
		}
		compact = compact.replaceAll("[\\s\\u00A0\\u202F]", "");
		if (!compact.matches("-?[0-9]{1,9}")) {
			throw new NumberFormatException(text);
		}
		return Integer.valueOf(compact);
	}

	private static void put(Map<String, Integer> planned, List<String> publics, String code, Integer value) {
		if (value != null && publics.contains(code)) {
			planned.put(code, value);
		}
	}

	/** The computed end date, or null. */
	public LocalDate getEndDate() {
		try {
			return ApplicationDraft.endDate(this.startDate, whole(this.durationMonths));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public String getPlannedCadres() {
		return this.plannedCadres;
	}

	public void setPlannedCadres(String plannedCadres) {
		this.plannedCadres = plannedCadres;
	}

	public String getPlannedJeunesDiplomes() {
		return this.plannedJeunesDiplomes;
	}

	public void setPlannedJeunesDiplomes(String plannedJeunesDiplomes) {
		this.plannedJeunesDiplomes = plannedJeunesDiplomes;
	}

	public String getPlannedPme() {
		return this.plannedPme;
	}

	public void setPlannedPme(String plannedPme) {
		this.plannedPme = plannedPme;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public String getDurationMonths() {
		return this.durationMonths;
	}

	public void setDurationMonths(String durationMonths) {
		this.durationMonths = durationMonths;
	}

}
