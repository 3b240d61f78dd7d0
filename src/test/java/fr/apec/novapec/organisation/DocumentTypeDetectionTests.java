package fr.apec.novapec.organisation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The vault recognises a file from its bytes, never from its name or the type the browser claims. */
class DocumentTypeDetectionTests {

	@Test
	void pdfPngAndJpegAreRecognisedFromTheirSignature() {
		assertThat(AcceptedFileType.detect(TestFiles.pdf())).contains(AcceptedFileType.PDF);
		assertThat(AcceptedFileType.detect(TestFiles.png())).contains(AcceptedFileType.PNG);
		assertThat(AcceptedFileType.detect(TestFiles.jpeg())).contains(AcceptedFileType.JPEG);
	}

	@Test
	void aProgramIsRefusedWhateverItsName() {
		assertThat(AcceptedFileType.detect(TestFiles.exe())).isEmpty();
	}

	@Test
	void textEmptyAndTruncatedFilesAreRefused() {
		assertThat(AcceptedFileType.detect("Bonjour".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(AcceptedFileType.detect(new byte[0])).isEmpty();
		assertThat(AcceptedFileType.detect(null)).isEmpty();
		assertThat(AcceptedFileType.detect("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(AcceptedFileType.detect(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEmpty();
		assertThat(AcceptedFileType.detect(Arrays.copyOf(TestFiles.docx(), 40))).isEmpty();
		assertThat(AcceptedFileType.detect(new byte[] { 'P', 'K', 3, 4 })).isEmpty();
	}

	@Test
	void openDocumentsAreZipsThatOpenWithTheirUncompressedMimetype() {
		assertThat(AcceptedFileType.detect(TestFiles.odt())).contains(AcceptedFileType.ODT);
		assertThat(AcceptedFileType.detect(TestFiles.ods())).contains(AcceptedFileType.ODS);
		assertThat(AcceptedFileType.detect(
				TestFiles.openDocument("application/vnd.oasis.opendocument.text", false, true)))
			.as("compressed mimetype")
			.isEmpty();
		assertThat(AcceptedFileType.detect(
				TestFiles.openDocument("application/vnd.oasis.opendocument.text", true, false)))
			.as("mimetype not first")
			.isEmpty();
		assertThat(AcceptedFileType.detect(
				TestFiles.openDocument("application/vnd.oasis.opendocument.presentation", true, true)))
			.as("a presentation")
			.isEmpty();
	}

	@Test
	void officeOpenXmlDocumentsAreZipsWithContentTypesAndAWordOrExcelFolder() {
		assertThat(AcceptedFileType.detect(TestFiles.docx())).contains(AcceptedFileType.DOCX);
		assertThat(AcceptedFileType.detect(TestFiles.xlsx())).contains(AcceptedFileType.XLSX);
		assertThat(AcceptedFileType.detect(TestFiles.officeOpenXml())).as("neither word/ nor xl/").isEmpty();
		assertThat(AcceptedFileType.detect(TestFiles.officeOpenXml("ppt/presentation.xml"))).isEmpty();
		Map<String, byte[]> noContentTypes = new LinkedHashMap<>();
		noContentTypes.put("word/document.xml", new byte[10]);
		assertThat(AcceptedFileType.detect(TestFiles.zip(noContentTypes, null))).isEmpty();
	}

	@Test
	void documentsWithMacrosAreRefused() {
		assertThat(AcceptedFileType.detect(TestFiles.officeOpenXml("word/document.xml", "word/vbaProject.bin")))
			.isEmpty();
		assertThat(AcceptedFileType.detect(TestFiles.officeOpenXml("xl/workbook.xml", "xl/vbaProject.bin"))).isEmpty();
	}

	@Test
	void anyOtherZipIsRefused() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("setup.exe", TestFiles.exe());
		assertThat(AcceptedFileType.detect(TestFiles.zip(entries, null))).isEmpty();
	}

	@Test
	void aZipBombIsRefusedWithoutInflatingItAll() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 210; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		assertThat(out.size()).isLessThan(1024 * 1024);
		assertThat(AcceptedFileType.detect(out.toByteArray())).isEmpty();
	}

	@Test
	void theMediaTypeOfEachTypeIsWhatTheDatabaseAccepts() {
		assertThat(AcceptedFileType.ofMediaType("application/pdf")).contains(AcceptedFileType.PDF);
		assertThat(AcceptedFileType.ofMediaType("application/x-msdownload")).isEmpty();
	}

}
