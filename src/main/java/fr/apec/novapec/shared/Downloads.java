package fr.apec.novapec.shared;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How the portal serves a file someone sent (a vault document, a message's file, a report's document). */
public final class Downloads {

	private Downloads() {
	}

	/**
	 * The file as an attachment under its name (in UTF-8, cleaned and with the extension of its type, see
	 * {@link FileNames}), never shown in the page nor sniffed into another type, and kept in no shared cache.
	 */
	public static ResponseEntity<byte[]> attachment(String fileName, String mediaType, byte[] content) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentDisposition(ContentDisposition.attachment()
			.filename(FileNames.forMediaType(fileName, mediaType), StandardCharsets.UTF_8)
			.build());
		headers.setContentType(MediaType.parseMediaType(mediaType));
		headers.setContentLength(content.length);
		headers.set("X-Content-Type-Options", "nosniff");
		headers.setCacheControl(CacheControl.noStore().cachePrivate());
		return ResponseEntity.ok().headers(headers).body(content);
	}

}
