package fr.apec.novapec.committee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.apec.novapec.budget.TranchePlan;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.Text;
import fr.apec.novapec.support.VeraPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decision letter says the decision in French, dates and amounts as French letters write them, and is tagged
 * and archivable like every PDF of the portal: veraPDF finds it PDF/A-3u and PDF/UA-1 compliant, for a
 * selection and for a rejection, in French and in English.
 */
@IntegrationTest
class DecisionLetterPdfTests {

	static final BigDecimal AWARD = new BigDecimal("45000.00");

	@Autowired
	DecisionLetters letters;

	@Test
	void aSelectionLetterGivesTheAmountAndItsTranchesToTheCentWithFrenchDates() throws Exception {
		String text = text(this.letters.render(selection(), Locale.FRANCE));

		assertThat(text).contains("Votre projet est lauréat du programme Novapec")
			.contains("Paris, le 2 décembre 2026")
			.contains("À l'attention de l'organisation Association « Élan » des cadres")
			.contains("Objet : votre candidature « Égalité d'accès, été 2027 » (référence NOVA-2026-000042)")
			.contains("s'est réuni le 26 novembre 2026")
			.contains("subvention de 45 000,00 €")
			.contains("1 à la signature de la convention 50 % 22 500,00 €")
			.contains("2 après l'approbation du rapport intermédiaire 30 % 13 500,00 €")
			.contains("3 après l'approbation du rapport final 20 % 9 000,00 €");
	}

	@Test
	void aRejectionLetterGivesTheCommitteesReasonAndNoAmount() throws Exception {
		String text = text(this.letters.render(rejection(), Locale.FRANCE));

		assertThat(text).contains("Décision du comité de sélection Novapec")
			.contains("Le budget demandé dépasse ce que le projet justifie.")
			.doesNotContain("subvention de")
			.doesNotContain("€");
	}

	@Test
	void veraPdfFindsSelectionAndRejectionLettersPdfA3uCompliant() {
		assertEveryLetterCompliant(PDFAFlavour.PDFA_3_U);
	}

	@Test
	void veraPdfFindsSelectionAndRejectionLettersPdfUa1Compliant() {
		assertEveryLetterCompliant(PDFAFlavour.PDFUA_1);
	}

	private void assertEveryLetterCompliant(PDFAFlavour flavour) {
		Map<String, byte[]> pdfs = new LinkedHashMap<>();
		pdfs.put("selection, French", this.letters.render(selection(), Locale.FRANCE));
		pdfs.put("rejection, French", this.letters.render(rejection(), Locale.FRANCE));
		pdfs.put("selection, English", this.letters.render(selection(), Locale.ENGLISH));
		SoftAssertions softly = new SoftAssertions();
		pdfs.forEach((shape, pdf) -> {
			ValidationResult result = VeraPdf.validate(pdf, flavour);
			softly.assertThat(result.getTotalAssertions()).as(shape + ": checks veraPDF ran").isPositive();
			softly.assertThat(result.isCompliant()).withFailMessage(() -> shape + ": " + VeraPdf.failures(result)).isTrue();
		});
		softly.assertAll();
	}

	private static DecisionLetter selection() {
		return new DecisionLetter("NOVA-2026-000042", "Égalité d'accès, été 2027", "Association « Élan » des cadres",
				"Novembre 2026", LocalDate.of(2026, 11, 26), true, AWARD, TranchePlan.standard(AWARD), null,
				LocalDate.of(2026, 12, 2));
	}

	private static DecisionLetter rejection() {
		return new DecisionLetter("NOVA-2026-000043", "Projet non retenu", "Association des cadres", "Novembre 2026",
				LocalDate.of(2026, 11, 26), false, null, List.of(), "Le budget demandé dépasse ce que le projet justifie.",
				LocalDate.of(2026, 12, 2));
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return Text.plainSpaces(new PDFTextStripper().getText(document)).replaceAll("\\s+", " ");
		}
	}

}
