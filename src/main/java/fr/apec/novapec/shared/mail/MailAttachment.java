package fr.apec.novapec.shared.mail;

import java.util.Objects;

/**
 * A file sent with a mail, as a MIME attachment.
 *
 * @param fileName the name the reader's mail program shows and saves it under
 * @param mediaType its type ({@code application/pdf})
 * @param content its bytes
 */
public record MailAttachment(String fileName, String mediaType, byte[] content) {

	public MailAttachment {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(mediaType, "mediaType");
		Objects.requireNonNull(content, "content");
	}

}
