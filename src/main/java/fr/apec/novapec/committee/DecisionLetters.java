package fr.apec.novapec.committee;

import java.util.Locale;
import java.util.Map;

import fr.apec.novapec.shared.pdf.PdfDocuments;

import org.springframework.stereotype.Component;

/**
 * Decision letters as PDF, from {@code templates/committee/decision-letter.html}: tagged and archivable like
 * every PDF of the portal (see {@link PdfDocuments}), dates and amounts written as in French letters
 * ({@code 26 novembre 2026}, {@code 45 000,00 €}).
 */
@Component
class DecisionLetters {

	private final PdfDocuments pdfs;

	DecisionLetters(PdfDocuments pdfs) {
		this.pdfs = pdfs;
	}

	/** The letter as a PDF in this language. */
	byte[] render(DecisionLetter letter, Locale locale) {
		return this.pdfs.render("committee/decision-letter", Map.of("letter", letter), locale);
	}

}
