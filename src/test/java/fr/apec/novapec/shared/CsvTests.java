package fr.apec.novapec.shared;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** No cell of a CSV the portal writes is a formula for a spreadsheet. */
class CsvTests {

	@Test
	void textThatWouldStartAFormulaGetsALeadingApostrophe() {
		for (String formula : List.of("=1+1", "+33 1 23", "-2+3", "@SUM(A1)", "\t=1", "\r=1")) {
			assertThat(Csv.cell(formula)).isEqualTo("'" + formula);
		}
	}

	@Test
	void otherTextAndNumbersAreWrittenAsTheyAre() {
		assertThat(Csv.cell("Les Jardins = partage")).isEqualTo("Les Jardins = partage");
		assertThat(Csv.cell("")).isEqualTo("");
		assertThat(Csv.cell(null)).isNull();
		assertThat(Csv.cell(new BigDecimal("-12.50"))).isEqualTo(new BigDecimal("-12.50"));
		assertThat(Csv.cell(-3)).isEqualTo(-3);
	}

	@Test
	void aWholeFileHasItsHeaderAndItsNeutralisedCells() throws Exception {
		StringWriter out = new StringWriter();
		Csv.write(out, List.of("nom", "montant"), List.of(List.of("=HYPERLINK(\"http://x\")", 12)));
		assertThat(out.toString()).isEqualTo("nom,montant\r\n\"'=HYPERLINK(\"\"http://x\"\")\",12\r\n");
	}

	@Test
	void aCsvForExcelInFrenchHasABomSemicolonsCrlfDecimalCommasFrenchDatesAndRfc4180Quotes() throws Exception {
		StringWriter out = new StringWriter();
		try (Csv.Rows rows = Csv.forExcelInFrench(out, List.of("titre", "montant", "déposée le"))) {
			rows.add(java.util.Arrays.asList("Projet \"Été\" ; partage", new BigDecimal("45000.50"),
					java.time.LocalDateTime.of(2026, 12, 2, 9, 5)));
			rows.add(java.util.Arrays.asList("=1+1", new BigDecimal("-12.00"), null));
		}
		assertThat(out.toString()).isEqualTo("\uFEFFtitre;montant;déposée le\r\n"
				+ "\"Projet \"\"Été\"\" ; partage\";45000,50;02/12/2026 09:05\r\n" + "'=1+1;-12,00;\r\n");
	}

}
