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

}
