package fr.apec.novapec.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The SIRET of an organisation already on the portal that a person asks to join. */
public class JoinRequestForm {

	@NotBlank(message = "{organisation.siret.required}")
	@Size(max = 30, message = "{organisation.siret.invalid}")
	@ValidSiret
	private String siret;

	public String getSiret() {
		return this.siret;
	}

	public void setSiret(String siret) {
		this.siret = siret;
	}

}
