package fr.apec.novapec.selection.web;

import java.time.LocalDate;

import fr.apec.novapec.selection.AdminRound;
import fr.apec.novapec.selection.RoundChanges;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A selection round as the administrator's form holds it: a label, a submission cut-off, a committee date. */
public class RoundForm {

	@NotBlank(message = "{round.label.required}")
	@Size(max = 100, message = "{round.label.tooLong}")
	private String label;

	@NotNull(message = "{round.submissionDeadline.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = "dd/MM/yyyy")
	private LocalDate submissionDeadline;

	@NotNull(message = "{round.committeeDate.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = "dd/MM/yyyy")
	private LocalDate committeeDate;

	private Long version;

	static RoundForm of(AdminRound round) {
		RoundForm form = new RoundForm();
		form.label = round.label();
		form.submissionDeadline = round.submissionDeadline();
		form.committeeDate = round.committeeDate();
		form.version = round.version();
		return form;
	}

	/** What the form says once the committee is checked to meet on or after the cut-off; null otherwise. */
	RoundChanges toChanges(Errors errors) {
		if (this.submissionDeadline != null && this.committeeDate != null
				&& this.committeeDate.isBefore(this.submissionDeadline)) {
			errors.rejectValue("committeeDate", "round.committeeDate.beforeDeadline");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new RoundChanges(this.label.trim(), this.submissionDeadline, this.committeeDate);
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public LocalDate getSubmissionDeadline() {
		return this.submissionDeadline;
	}

	public void setSubmissionDeadline(LocalDate submissionDeadline) {
		this.submissionDeadline = submissionDeadline;
	}

	public LocalDate getCommitteeDate() {
		return this.committeeDate;
	}

	public void setCommitteeDate(LocalDate committeeDate) {
		this.committeeDate = committeeDate;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
