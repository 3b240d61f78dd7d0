package fr.apec.novapec.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.application.ApplicationStatus;
import fr.apec.novapec.application.ApplicationSummary;
import fr.apec.novapec.application.Applications;
import fr.apec.novapec.selection.CallSettings;
import fr.apec.novapec.selection.SelectionService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When reports are due: the schedule of a selected application (its overview shows it) and when the
 * programme's first reports come (the home page says so). Dates come from the project's start and duration
 * and its call's settings; writing a report is {@link ReportWriting}'s job, deciding on it
 * {@link ReportReview}'s.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

	private final LaureateReportRepository reports;

	private final Applications applications;

	private final SelectionService selection;

	ReportService(LaureateReportRepository reports, Applications applications, SelectionService selection) {
		this.reports = reports;
		this.applications = applications;
		this.selection = selection;
	}

	/**
	 * The reports a selected application owes, each with its due day and where it stands; empty for an
	 * application in any other state. The draft comes from {@link Applications#draft}, which checked that its
	 * reader is a member.
	 */
	public List<ReportDue> schedule(ApplicationDraft draft) {
		if (draft.status() != ApplicationStatus.SELECTED) {
			return List.of();
		}
		Map<ReportKind, ReportStatus> statuses = new EnumMap<>(ReportKind.class);
		this.reports.standings(draft.id()).forEach((standing) -> statuses.put(standing.kind(), standing.status()));
		return dueDates(draft).stream()
			.map((due) -> new ReportDue(due.kind(), due.dueOn(), statuses.get(due.kind())))
			.toList();
	}

	/**
	 * When the first reports of the programme are due: the earliest due day over every selected application
	 * (from its start, its duration and its call's settings), and the calls' interim delay, for the public
	 * to know when the first reached figures can come.
	 */
	public FirstReports firstReports() {
		Map<Long, CallSettings> calls = this.selection.calls()
			.stream()
			.collect(Collectors.toMap(CallSettings::id, Function.identity()));
		LocalDate firstDue = this.applications.selectedProjects()
			.stream()
			.filter((project) -> calls.containsKey(project.callId()))
			.flatMap((project) -> {
				CallSettings call = calls.get(project.callId());
				return ReportSchedule.of(project.startDate(), project.durationMonths(), call.interimReportMonths(),
						call.finalReportDue())
					.stream();
			})
			.map(ReportSchedule.Due::dueOn)
			.min(LocalDate::compareTo)
			.orElse(null);
		Integer interimMonths = calls.values()
			.stream()
			.map(CallSettings::interimReportMonths)
			.filter(Objects::nonNull)
			.min(Integer::compareTo)
			.orElse(null);
		return new FirstReports(firstDue, interimMonths);
	}

	/** The reports this application owes, from its call's settings; empty while its start or duration is missing. */
	List<ReportSchedule.Due> dueDates(ApplicationDraft draft) {
		ApplicationSummary summary = this.applications.summaries(List.of(draft.id())).get(draft.id());
		if (summary == null) {
			throw new ReportNotFoundException();
		}
		CallSettings call = this.selection.call(summary.callId());
		return ReportSchedule.of(draft.startDate(), draft.durationMonths(), call.interimReportMonths(),
				call.finalReportDue());
	}

}
