package fr.apec.novapec.application.web;

import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.application.DraftParts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The project step: title, summary and description, exactly as typed. */
public class ProjectForm {

	@NotBlank(message = "{application.title.required}")
	@Size(max = 200, message = "{application.title.tooLong}")
	private String title;

	@Size(max = 500, message = "{application.summary.tooLong}")
	private String summary;

	@Size(max = 10000, message = "{application.description.tooLong}")
	private String description;

	static ProjectForm of(ApplicationDraft draft) {
		ProjectForm form = new ProjectForm();
		form.title = draft.title();
		form.summary = draft.summary();
		form.description = draft.description();
		return form;
	}

	DraftParts.Project toPart() {
		return new DraftParts.Project(Texts.trim(this.title), Texts.trim(this.summary), Texts.trim(this.description));
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
