package fr.apec.novapec.application.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The form that starts an application: which of the member's organisations carries it, and a title. */
public class NewApplicationForm {

	@NotNull(message = "{application.organisation.required}")
	private Long organisationId;

	@NotBlank(message = "{application.title.required}")
	@Size(max = 200, message = "{application.title.tooLong}")
	private String title;

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

}
