package fr.apec.novapec.application.web;

import fr.apec.novapec.application.ApplicationOpinions;
import fr.apec.novapec.application.Opinion;
import fr.apec.novapec.application.OpinionKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The opinion of a region's team on a multiregional application: the opinion, a comment (both required),
 * for which region, and the version of the opinion the form showed (none for a first opinion).
 */
public class OpinionForm {

	private String regionCode;

	@NotNull(message = "{staff.application.opinion.kind.required}")
	private OpinionKind opinion;

	@NotBlank(message = "{staff.application.opinion.comment.required}")
	@Size(max = ApplicationOpinions.MAX_COMMENT, message = "{staff.application.opinion.comment.tooLong}")
	private String comment;

	private Long version;

	/** A form showing the opinion of this region as recorded, or empty when there is none. */
	static OpinionForm of(String regionCode, Opinion recorded) {
		OpinionForm form = new OpinionForm();
		form.regionCode = regionCode;
		if (recorded != null) {
			form.opinion = recorded.opinion();
			form.comment = recorded.comment();
			form.version = recorded.version();
		}
		return form;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public OpinionKind getOpinion() {
		return this.opinion;
	}

	public void setOpinion(OpinionKind opinion) {
		this.opinion = opinion;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
