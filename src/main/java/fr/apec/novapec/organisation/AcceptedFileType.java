package fr.apec.novapec.organisation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import fr.apec.novapec.shared.FileNames;

/**
 * The kinds of file the document vault accepts, recognised from their first bytes, never from their
 * name or the type the browser claims: a program renamed {@code statuts.pdf} is still a program.
 */
public enum AcceptedFileType {

	PDF("application/pdf"),

	PNG("image/png"),

	JPEG("image/jpeg"),

	/** OpenDocument text (LibreOffice Writer). */
	ODT("application/vnd.oasis.opendocument.text"),

	/** OpenDocument spreadsheet (LibreOffice Calc). */
	ODS("application/vnd.oasis.opendocument.spreadsheet"),

	/** Office Open XML text (Word), without macros. */
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),

	/** Office Open XML spreadsheet (Excel), without macros. */
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] JPEG_SIGNATURE = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] ZIP_SIGNATURE = { 'P', 'K', 3, 4 };

	/** A ZIP that names more entries than this is not an office document we accept. */
	private static final int MAX_ZIP_ENTRIES = 10_000;

	/** Nor one that inflates to more than this, whatever it claims (zip bombs). */
	private static final long MAX_INFLATED_BYTES = 200L * 1024 * 1024;

	private final String mediaType;

	AcceptedFileType(String mediaType) {
		this.mediaType = mediaType;
	}

	/** The media type to serve it with. */
	public String mediaType() {
		return this.mediaType;
	}

	/** The usual file name extension, without its dot. */
	public String extension() {
		return FileNames.extensionOf(this.mediaType);
	}

	/** The name a file of this type sent under this name is kept and served under (see {@link FileNames}). */
	public String fileName(String sent) {
		return FileNames.forMediaType(sent, this.mediaType);
	}

	/** The accepted type these bytes are, or empty when they are none of them. */
	public static Optional<AcceptedFileType> detect(byte[] bytes) {
		if (bytes == null) {
			return Optional.empty();
		}
		if (startsWith(bytes, PDF_SIGNATURE)) {
			return Optional.of(PDF);
		}
		if (startsWith(bytes, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (startsWith(bytes, JPEG_SIGNATURE)) {
			return Optional.of(JPEG);
		}
		if (startsWith(bytes, ZIP_SIGNATURE)) {
			return officeDocument(bytes);
		}
		return Optional.empty();
	}

	/**
	 * The type of a file the vault takes: not empty, {@link DocumentVaultService#MAX_SIZE} at most, and of an
	 * accepted type recognised from its bytes. The vault and the files sent with messages check the same way.
	 * @throws RejectedDocumentException when the file is empty, too large or of a type not accepted
	 */
	public static AcceptedFileType accept(byte[] content) {
		if (content == null || content.length == 0) {
			throw new RejectedDocumentException(RejectedDocumentException.Reason.EMPTY);
		}
		if (content.length > DocumentVaultService.MAX_SIZE) {
			throw new RejectedDocumentException(RejectedDocumentException.Reason.TOO_LARGE);
		}
		return detect(content)
			.orElseThrow(() -> new RejectedDocumentException(RejectedDocumentException.Reason.TYPE_NOT_ACCEPTED));
	}

	/** The media type of this type, whose value the database stores. */
	public static Optional<AcceptedFileType> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter((type) -> type.mediaType.equals(mediaType)).findFirst();
	}

	/**
	 * OpenDocument files open with an uncompressed {@code mimetype} entry that names their type; Office
	 * Open XML files hold {@code [Content_Types].xml} and a {@code word/} or {@code xl/} folder. Any
	 * other ZIP, or one that cannot be read, is refused.
	 */
	private static Optional<AcceptedFileType> officeDocument(byte[] bytes) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry = zip.getNextEntry();
			if (entry == null) {
				return Optional.empty();
			}
			if ("mimetype".equals(entry.getName())) {
				if (entry.getMethod() != ZipEntry.STORED) {
					return Optional.empty();
				}
				String mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII);
				if (mimetype.equals(ODT.mediaType)) {
					return Optional.of(ODT);
				}
				return mimetype.equals(ODS.mediaType) ? Optional.of(ODS) : Optional.empty();
			}
			boolean contentTypes = false;
			boolean word = false;
			boolean excel = false;
			int entries = 0;
			long inflated = 0;
			while (entry != null) {
				if (++entries > MAX_ZIP_ENTRIES) {
					return Optional.empty();
				}
				String name = entry.getName();
				if (name.endsWith("vbaProject.bin")) {
					return Optional.empty();
				}
				contentTypes |= name.equals("[Content_Types].xml");
				word |= name.startsWith("word/");
				excel |= name.startsWith("xl/");
				inflated += drain(zip, MAX_INFLATED_BYTES - inflated);
				if (inflated > MAX_INFLATED_BYTES) {
					return Optional.empty();
				}
				entry = zip.getNextEntry();
			}
			if (!contentTypes || word == excel) {
				return Optional.empty();
			}
			return Optional.of(word ? DOCX : XLSX);
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** Reads the current entry to its end, stopping once more than {@code limit} bytes came out. */
	private static long drain(InputStream entry, long limit) throws IOException {
		byte[] buffer = new byte[8192];
		long total = 0;
		int read;
		while ((read = entry.read(buffer)) != -1) {
			total += read;
			if (total > limit) {
				return total;
			}
		}
		return total;
	}

	private static boolean startsWith(byte[] bytes, byte[] signature) {
		return bytes.length >= signature.length
				&& Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length);
	}

}
