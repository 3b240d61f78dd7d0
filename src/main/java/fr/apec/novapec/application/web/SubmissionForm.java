package fr.apec.novapec.application.web;

/**
 * The submission of an application from its review step: the member ticks the attestation (what the
 * application says is accurate, and they may submit it on behalf of the organisation), without which
 * nothing is submitted.
 */
public class SubmissionForm {

	private boolean attested;

	public boolean isAttested() {
		return this.attested;
	}

	public void setAttested(boolean attested) {
		this.attested = attested;
	}

}
