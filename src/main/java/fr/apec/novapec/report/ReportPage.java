package fr.apec.novapec.report;

import java.util.ArrayList;
import java.util.List;

import fr.apec.novapec.application.ApplicationDraft;

/** A report with the application it reports on (its publics, planned figures and indicators). */
public record ReportPage(ApplicationDraft application, ReportView report) {

	/** Planned beside reached for each public of the application, in its display order. */
	public List<StaffReport.PublicFigures> publicFigures() {
		return this.application.publics()
			.stream()
			.map((code) -> new StaffReport.PublicFigures(code, this.application.planned().get(code),
					this.report.reached().get(code)))
			.toList();
	}

	/** Each impact indicator of the application, its target and what the report says was achieved. */
	public List<StaffReport.IndicatorFigures> indicatorFigures() {
		List<StaffReport.IndicatorFigures> figures = new ArrayList<>();
		List<ApplicationDraft.Indicator> indicators = this.application.indicators();
		for (int i = 0; i < indicators.size(); i++) {
			figures.add(new StaffReport.IndicatorFigures(indicators.get(i).label(), indicators.get(i).target(),
					this.report.achieved().get(i + 1)));
		}
		return figures;
	}

}
