package fr.apec.novapec.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names of sent files: safe to show, and ending with what the bytes are. */
class FileNamesTests {

	private static final String PDF = "application/pdf";

	@Test
	void foldersAndControlCharactersAreDropped() {
		assertThat(FileNames.forMediaType("C:\\Users\\camille\\statuts.pdf", PDF)).isEqualTo("statuts.pdf");
		assertThat(FileNames.forMediaType("../../etc/passwd", PDF)).isEqualTo("passwd.pdf");
		assertThat(FileNames.forMediaType("a\r\nb.pdf", PDF)).isEqualTo("ab.pdf");
		assertThat(FileNames.forMediaType("rapport\u0000.pdf", PDF)).isEqualTo("rapport.pdf");
	}

	@Test
	void bidirectionalAndInvisibleCharactersAreDropped() {
		for (char control : new char[] { '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067',
				'\u2068', '\u2069', '\u200E', '\u200F', '\u200B', '\uFEFF' }) {
			assertThat(FileNames.forMediaType("facture" + control + "fdp.exe", PDF)).isEqualTo("facturefdp.exe.pdf");
		}
	}

	@Test
	void theExtensionIsTheOneOfTheDetectedType() {
		assertThat(FileNames.forMediaType("poly.html", PDF)).isEqualTo("poly.html.pdf");
		assertThat(FileNames.forMediaType("STATUTS.PDF", PDF)).isEqualTo("STATUTS.PDF");
		assertThat(FileNames.forMediaType("photo.jpeg", "image/jpeg")).isEqualTo("photo.jpeg");
		assertThat(FileNames.forMediaType("photo.png", "image/jpeg")).isEqualTo("photo.png.jpg");
		assertThat(FileNames.forMediaType("budget", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.isEqualTo("budget.xlsx");
		assertThat(FileNames.forMediaType("trailing.pdf. . ", PDF)).isEqualTo("trailing.pdf");
	}

	@Test
	void nothingLeftGivesAPlainNameAndLongNamesKeepTheirExtension() {
		assertThat(FileNames.forMediaType("", "image/png")).isEqualTo("document.png");
		assertThat(FileNames.forMediaType("\u202E", PDF)).isEqualTo("document.pdf");
		assertThat(FileNames.forMediaType("x".repeat(300) + ".docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.hasSize(255)
			.endsWith(".docx");
		assertThat(FileNames.forMediaType("x".repeat(300), PDF)).hasSize(255).endsWith("x.pdf");
	}

}
