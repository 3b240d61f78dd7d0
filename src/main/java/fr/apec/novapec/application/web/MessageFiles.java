package fr.apec.novapec.application.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import fr.apec.novapec.application.MessageRefusedException;
import fr.apec.novapec.application.MessageUpload;
import fr.apec.novapec.organisation.DocumentFile;
import fr.apec.novapec.shared.Downloads;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/** What the two sides of a thread share: reading the posted file, showing refusals, serving a file. */
final class MessageFiles {

	private MessageFiles() {
	}

	/** The posted file, or null when none was chosen (the field left empty sends a part without a name). */
	static MessageUpload upload(MultipartFile file) {
		if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()))) {
			return null;
		}
		try {
			return new MessageUpload(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Each problem beside its field. */
	static void reject(MessageRefusedException ex, BindingResult errors, String textField) {
		for (MessageRefusedException.Problem problem : ex.problems()) {
			errors.rejectValue(problem.field().equals("body") ? textField : "file", problem.messageKey());
		}
	}

	/** The file as an attachment, never shown in the page nor sniffed into another type. */
	static ResponseEntity<byte[]> download(DocumentFile file) {
		return Downloads.attachment(file.originalName(), file.mediaType(), file.content());
	}

}
