package fr.apec.novapec.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The ZIP of a dossier being written, one entry at a time straight to the answer (java.util.zip). Two files
 * with the same name (two documents both called statuts.pdf) are both kept: the second becomes
 * {@code statuts (2).pdf}.
 */
public final class DossierZip implements AutoCloseable {

	private final ZipOutputStream zip;

	private final Set<String> names = new HashSet<>();

	DossierZip(OutputStream out) {
		this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
	}

	/** Adds a file at this path (folders separated by /). */
	public void file(String path, byte[] content) throws IOException {
		this.zip.putNextEntry(new ZipEntry(unique(path)));
		this.zip.write(content);
		this.zip.closeEntry();
	}

	/** Adds a text file in UTF-8, with a byte order mark so that every editor reads its accents right. */
	public void text(String path, String content) throws IOException {
		file(path, ("\uFEFF" + content).getBytes(StandardCharsets.UTF_8));
	}

	private String unique(String path) {
		String name = path;
		int dot = path.lastIndexOf('.');
		String stem = (dot > path.lastIndexOf('/')) ? path.substring(0, dot) : path;
		String extension = (dot > path.lastIndexOf('/')) ? path.substring(dot) : "";
		for (int n = 2; !this.names.add(name); n++) {
			name = stem + " (" + n + ")" + extension;
		}
		return name;
	}

	/** Ends the ZIP (its central directory); the answer's stream stays the container's to close. */
	@Override
	public void close() throws IOException {
		this.zip.finish();
		this.zip.flush();
	}

}
