package fr.apec.novapec.organisation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/** Small but real files of each type the vault meets, and impostors. */
public final class TestFiles {

	private TestFiles() {
	}

	public static byte[] pdf() {
		return """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""".getBytes(StandardCharsets.US_ASCII);
	}

	public static byte[] png() {
		return image("png");
	}

	public static byte[] jpeg() {
		return image("jpeg");
	}

	/** A Windows program: "MZ", then what follows in a real PE header. */
	public static byte[] exe() {
		byte[] bytes = new byte[512];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[2] = (byte) 0x90;
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, bytes, 78, stub.length);
		return bytes;
	}

	public static byte[] odt() {
		return openDocument("application/vnd.oasis.opendocument.text", true, true);
	}

	public static byte[] ods() {
		return openDocument("application/vnd.oasis.opendocument.spreadsheet", true, true);
	}

	/**
	 * An OpenDocument-like ZIP.
	 * @param stored whether the mimetype entry is uncompressed, as the format requires
	 * @param first whether the mimetype entry comes first, as the format requires
	 */
	public static byte[] openDocument(String mimetype, boolean stored, boolean first) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		if (!first) {
			entries.put("content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8));
		}
		entries.put("mimetype", mimetype.getBytes(StandardCharsets.US_ASCII));
		entries.put("META-INF/manifest.xml", "<manifest:manifest/>".getBytes(StandardCharsets.UTF_8));
		if (first) {
			entries.put("content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8));
		}
		return zip(entries, stored ? "mimetype" : null);
	}

	public static byte[] docx() {
		return officeOpenXml("word/document.xml");
	}

	public static byte[] xlsx() {
		return officeOpenXml("xl/workbook.xml");
	}

	/** An Office Open XML package with its content types, its relations and these parts. */
	public static byte[] officeOpenXml(String... parts) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
			.getBytes(StandardCharsets.UTF_8));
		entries.put("_rels/.rels", "<Relationships/>".getBytes(StandardCharsets.UTF_8));
		for (String part : parts) {
			entries.put(part, "<document/>".getBytes(StandardCharsets.UTF_8));
		}
		return zip(entries, null);
	}

	/** A ZIP of these entries, all deflated except {@code storedEntry}. */
	public static byte[] zip(Map<String, byte[]> entries, String storedEntry) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				ZipEntry zipEntry = new ZipEntry(entry.getKey());
				if (entry.getKey().equals(storedEntry)) {
					CRC32 crc = new CRC32();
					crc.update(entry.getValue());
					zipEntry.setMethod(ZipEntry.STORED);
					zipEntry.setSize(entry.getValue().length);
					zipEntry.setCompressedSize(entry.getValue().length);
					zipEntry.setCrc(crc.getValue());
				}
				zip.putNextEntry(zipEntry);
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** {@code size} bytes that start as a PDF does. */
	public static byte[] pdfOfSize(int size) {
		byte[] bytes = new byte[size];
		byte[] header = pdf();
		System.arraycopy(header, 0, bytes, 0, Math.min(header.length, size));
		return bytes;
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0x0B3D91);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No ImageIO writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
