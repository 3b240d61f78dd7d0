package fr.apec.novapec.organisation;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file sent to the vault, with its kind and its optional validity date: the form of the vault's own page
 * and of an application's documents step, so that both check a file with the same rules and messages. It
 * is part of the module's API for that reason. When the file is refused the form comes back with the kind
 * and date as they were chosen; the browser asks for the file again.
 */
public class DocumentUploadForm {

	/** Validity dates outside these years are typing mistakes. */
	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

	// A kind left empty is only « required »: the list's own message is for a value that is not in it.
	@NotBlank(message = "{document.kind.required}")
	@Pattern(regexp = "\\s*|STATUTES|APPROVED_ACCOUNTS|ACTIVITY_REPORT|BANK_DETAILS|ESUS_CERTIFICATE|OTHER",
			message = "{document.kind.invalid}")
	private String kind;

	private MultipartFile file;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = { "d/M/uuuu", "d.M.uuuu" })
	private LocalDate validUntil;

	/**
	 * Checks what the vault checks before reading the bytes (a file is there, not over
	 * {@link DocumentVaultService#MAX_SIZE}) and that the date is plausible, each error beside its field.
	 */
	public void validate(Errors errors) {
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

	/** What to give the vault, once {@link #validate} found nothing wrong. */
	public DocumentUpload toUpload() throws IOException {
		return new DocumentUpload(DocumentKind.valueOf(this.kind), this.validUntil, this.file.getOriginalFilename(),
				this.file.getBytes());
	}

	/** Puts the reason the vault refused the file beside the file field. */
	public void reject(Errors errors, RejectedDocumentException ex) {
		errors.rejectValue("file", switch (ex.reason()) {
			case EMPTY -> "document.file.required";
			case TOO_LARGE -> "document.file.tooLarge";
			case TYPE_NOT_ACCEPTED -> "document.file.typeNotAccepted";
		});
	}

	/** The name of the file sent, without any folder the browser gave, for the notice that it was kept. */
	public String fileName() {
		return StringUtils.getFilename(StringUtils.cleanPath(String.valueOf(this.file.getOriginalFilename())));
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
