package fr.apec.novapec.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.apec.novapec.organisation.DocumentRow;
import fr.apec.novapec.reference.ReferenceDataService;
import fr.apec.novapec.reference.Region;
import fr.apec.novapec.shared.pdf.PdfDocuments;

import org.springframework.stereotype.Component;

/**
 * The whole application as a PDF, the document a member keeps and the receipt carries: rendered from
 * {@code templates/application/pdf.html} by {@link PdfDocuments} (tagged, archivable, fonts embedded).
 */
@Component
class ApplicationPdf {

	static final String MEDIA_TYPE = PdfDocuments.MEDIA_TYPE;

	private final PdfDocuments pdfs;

	private final ReferenceDataService reference;

	ApplicationPdf(PdfDocuments pdfs, ReferenceDataService reference) {
		this.pdfs = pdfs;
		this.reference = reference;
	}

	/** The file name under which the PDF of this application is downloaded or attached. */
	static String fileName(long applicationId) {
		return "candidature-" + applicationId + ".pdf";
	}

	/**
	 * The PDF of the application in this language.
	 * @param filing the organisation's SIRET, and when and by whom it was last submitted (null for a draft)
	 * @param attestation who certified it at its last submission, or null when nobody has
	 * @param documents the documents of its vault attached to it
	 */
	byte[] render(ApplicationDraft draft, Filing filing, Attestation attestation, List<DocumentRow> documents,
			Locale locale) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("draft", draft);
		variables.put("submittedAt", filing.submittedAt());
		variables.put("filing", filing);
		variables.put("attestation", attestation);
		variables.put("documents", documents);
		variables.put("regions", this.reference.regions()
			.stream()
			.collect(Collectors.toMap(Region::code, Function.identity())));
		return this.pdfs.render("application/pdf", variables, locale);
	}

}
