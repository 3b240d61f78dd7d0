package fr.apec.novapec.shared;

import java.util.Locale;
import java.util.Map;

/**
 * The names of files people send, made safe to show and to save: no folders, no control characters, no
 * invisible or bidirectional formatting characters (a name written {@code "\u202Efdp.exe"} shows as
 * {@code exe.pdf}), and an extension that says what the bytes are, whatever the sender called them: a PDF
 * named {@code poly.html} is served as {@code poly.html.pdf}, so that once saved it opens as a PDF.
 */
public final class FileNames {

	/** The longest name kept (the database columns' size). */
	public static final int MAX_LENGTH = 255;

	/** The extension each media type the portal serves files as gets, without its dot. */
	private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf", "image/png", "png",
			"image/jpeg", "jpg", "application/vnd.oasis.opendocument.text", "odt",
			"application/vnd.oasis.opendocument.spreadsheet", "ods",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private FileNames() {
	}

	/** The usual extension of this media type, without its dot; {@code bin} for any other. */
	public static String extensionOf(String mediaType) {
		return EXTENSIONS.getOrDefault((mediaType != null) ? mediaType.toLowerCase(Locale.ROOT) : "", "bin");
	}

	/**
	 * The name to show and serve a file of this media type under: the sent name without folders, control,
	 * format or bidirectional characters, ending with the type's extension ({@code document.pdf} when
	 * nothing is left), at most {@link #MAX_LENGTH} characters.
	 */
	public static String forMediaType(String sent, String mediaType) {
		String extension = extensionOf(mediaType);
		String name = (sent != null) ? sent : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").strip();
		while (name.endsWith(".")) {
			name = name.substring(0, name.length() - 1).strip();
		}
		if (name.isEmpty()) {
			return "document." + extension;
		}
		if (!hasExtension(name, extension)) {
			name = name + "." + extension;
		}
		if (name.length() > MAX_LENGTH) {
			int dot = name.lastIndexOf('.');
			name = name.substring(0, MAX_LENGTH - (name.length() - dot)) + name.substring(dot);
		}
		return name;
	}

	private static boolean hasExtension(String name, String extension) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith("." + extension) || (extension.equals("jpg") && lower.endsWith(".jpeg"));
	}

}
