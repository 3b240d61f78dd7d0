package fr.apec.novapec.organisation.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file sent to the vault, with its kind and its optional validity date. When the file is refused the
 * form comes back with the kind and date as they were chosen; the browser asks for the file again.
 */
public class DocumentForm {

	@NotBlank(message = "{document.kind.required}")
	@Pattern(regexp = "STATUTES|APPROVED_ACCOUNTS|ACTIVITY_REPORT|BANK_DETAILS|ESUS_CERTIFICATE|OTHER",
			message = "{document.kind.invalid}")
	private String kind;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = { "d/M/uuuu", "d.M.uuuu" })
	private LocalDate validUntil;

	private MultipartFile file;

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public LocalDate getValidUntil() {
		return this.validUntil;
	}

	public void setValidUntil(LocalDate validUntil) {
		this.validUntil = validUntil;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
