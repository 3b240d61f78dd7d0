package fr.apec.novapec.application.web;

import java.io.IOException;
import java.time.LocalDate;

import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.organisation.DocumentUpload;
import fr.apec.novapec.organisation.DocumentVaultService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file sent from the documents step of an application: its kind, its optional validity date and the
 * file, with the same rules and messages as the vault's own form. When it is refused the form comes back
 * with the kind and date as chosen; the browser asks for the file again.
 */
public class DocumentUploadForm {

	/** Validity dates outside these years are typing mistakes. */
	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

	@NotBlank(message = "{document.kind.required}")
	@Pattern(regexp = "STATUTES|APPROVED_ACCOUNTS|ACTIVITY_REPORT|BANK_DETAILS|ESUS_CERTIFICATE|OTHER",
			message = "{document.kind.invalid}")
	private String kind;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = { "d/M/uuuu", "d.M.uuuu" })
	private LocalDate validUntil;

	private MultipartFile file;

	/** Checks what the vault checks before reading the bytes: a file is there, not over the limit, a plausible date. */
	void validate(Errors errors) {
		if (this.file == null || this.file.isEmpty()) {
			errors.rejectValue("file", "document.file.required");
		}
		else if (this.file.getSize() > DocumentVaultService.MAX_SIZE) {
			errors.rejectValue("file", "document.file.tooLarge");
		}
		if (this.validUntil != null && (this.validUntil.isBefore(EARLIEST) || this.validUntil.isAfter(LATEST))) {
			errors.rejectValue("validUntil", "document.validUntil.invalid");
		}
	}

	DocumentUpload toUpload() throws IOException {
		return new DocumentUpload(DocumentKind.valueOf(this.kind), this.validUntil, this.file.getOriginalFilename(),
				this.file.getBytes());
	}

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
