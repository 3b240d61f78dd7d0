package fr.apec.novapec.report.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.report.ReportView;
import fr.apec.novapec.report.ReportContent;

import org.springframework.validation.Errors;

/**
 * A report as typed: beneficiaries reached for each public of the application, the value achieved for
 * each of its indicators, the text and the documents ticked. Numbers stay text as typed ({@code 1 200} is
 * read as 1200) so that a wrong one is shown again as it was.
 */
public class ReportForm {

	static final int TEXT_MAX = 2000;

	/** The public codes and the form fields that carry their figures, in display order. */
	static final Map<String, String> FIELDS = Map.of("cadres", "reachedCadres", "jeunes-diplomes",
			"reachedJeunesDiplomes", "pme", "reachedPme");

	private String reachedCadres;

	private String reachedJeunesDiplomes;

	private String reachedPme;

	private List<String> achieved = new ArrayList<>();

	private String text;

	private List<Long> documents = new ArrayList<>();

	static ReportForm of(ReportView report, int indicatorCount) {
		ReportForm form = new ReportForm();
		form.reachedCadres = text(report.reached().get("cadres"));
		form.reachedJeunesDiplomes = text(report.reached().get("jeunes-diplomes"));
		form.reachedPme = text(report.reached().get("pme"));
		for (int position = 1; position <= indicatorCount; position++) {
			form.achieved.add(text(report.achieved().get(position)));
		}
		form.text = report.text();
		form.documents = new ArrayList<>(report.documentIds());
		return form;
	}

	/** As many rows of achieved values as the application has indicators, whatever was posted. */
	ReportForm padded(int indicatorCount) {
		if (this.achieved.size() > indicatorCount) {
			this.achieved = new ArrayList<>(this.achieved.subList(0, indicatorCount));
		}
		while (this.achieved.size() < indicatorCount) {
			this.achieved.add(null);
		}
		return this;
	}

	/**
	 * Reads the figures and checks them; every problem becomes an error on its field. A draft may leave
	 * figures and the text out; a report to send needs them all.
	 * @param available the ids of the documents of the application's organisation
	 * @param toSend whether the report is to be sent (every figure and the text required)
	 * @return what the report says, or null when there are errors
	 */
	ReportContent validate(Errors errors, ApplicationDraft application, List<Long> available, boolean toSend) {
		padded(application.indicators().size());
		Map<String, Integer> reached = new LinkedHashMap<>();
		for (String code : application.publics()) {
			String field = FIELDS.get(code);
			if (field == null) {
				continue;
			}
			Integer value = read(errors, field, reachedText(code), toSend, "report.reached");
			if (value != null) {
				reached.put(code, value);
			}
		}
		Map<Integer, Integer> achievedValues = new LinkedHashMap<>();
		for (int i = 0; i < this.achieved.size(); i++) {
			Integer value = read(errors, "achieved[" + i + "]", this.achieved.get(i), toSend, "report.achieved");
			if (value != null) {
				achievedValues.put(i + 1, value);
			}
		}
		String typed = (this.text != null) ? this.text.strip() : "";
		if (typed.length() > TEXT_MAX) {
			errors.rejectValue("text", "report.text.tooLong");
		}
		else if (typed.isEmpty() && toSend) {
			errors.rejectValue("text", "report.text.required");
		}
		this.documents.removeIf(Objects::isNull);
		if (!available.containsAll(this.documents)) {
			errors.rejectValue("documents", "report.documents.unknown");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new ReportContent(typed.isEmpty() ? null : typed, reached, achievedValues,
				this.documents.stream().distinct().toList());
	}

	private static Integer read(Errors errors, String field, String typed, boolean required, String key) {
		String digits = (typed != null) ? typed.replaceAll("[\\s\\u00A0\\u202F]", "") : "";
		if (digits.isEmpty()) {
			if (required) {
				errors.rejectValue(field, key + ".required");
			}
			return null;
		}
		if (!digits.matches("\\d{1,9}")) {
			errors.rejectValue(field, key + ".invalid");
			return null;
		}
		return Integer.parseInt(digits);
	}

	private String reachedText(String code) {
		return switch (code) {
			case "cadres" -> this.reachedCadres;
			case "jeunes-diplomes" -> this.reachedJeunesDiplomes;
			case "pme" -> this.reachedPme;
			default -> null;
		};
	}

	private static String text(Integer value) {
		return (value != null) ? value.toString() : null;
	}

	public String getReachedCadres() {
		return this.reachedCadres;
	}

	public void setReachedCadres(String reachedCadres) {
		this.reachedCadres = reachedCadres;
	}

	public String getReachedJeunesDiplomes() {
		return this.reachedJeunesDiplomes;
	}

	public void setReachedJeunesDiplomes(String reachedJeunesDiplomes) {
		this.reachedJeunesDiplomes = reachedJeunesDiplomes;
	}

	public String getReachedPme() {
		return this.reachedPme;
	}

	public void setReachedPme(String reachedPme) {
		this.reachedPme = reachedPme;
	}

	public List<String> getAchieved() {
		return this.achieved;
	}

	public void setAchieved(List<String> achieved) {
		this.achieved = (achieved != null) ? new ArrayList<>(achieved) : new ArrayList<>();
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public List<Long> getDocuments() {
		return this.documents;
	}

	public void setDocuments(List<Long> documents) {
		this.documents = (documents != null) ? new ArrayList<>(documents) : new ArrayList<>();
	}

}
