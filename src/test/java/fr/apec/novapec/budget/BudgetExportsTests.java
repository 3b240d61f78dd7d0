package fr.apec.novapec.budget;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.support.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The budget's exports: the XLSX for staff has real numeric cells in a euro format, by year, theme and region; the
 * public CSV of /donnees/subventions.csv follows the SCDL « subventions » schema (its header, in its order, and the
 * values each column asks for), lists only awards of selected applications whose round's decisions are published,
 * and is served without a login.
 */
@IntegrationTest
class BudgetExportsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAwards awards;

	@org.junit.jupiter.api.AfterEach
	void forgetTestYears() {
		this.awards.forgetTestYears();
	}

	@Autowired
	fr.apec.novapec.application.TestApplications applications;

	@Test
	void theXlsxHasNumericEuroCellsByYearThemeAndRegion() throws Exception {
		this.awards.year(2094, "250000.50");
		TestAwards.Awarded award = this.awards.award("Projet exporté", 2094, "12345.67", "environnement", "28");
		this.awards.pay(award, 1);
		MvcResult result = this.mvc.perform(get("/gestion/budget/budget.xlsx").with(user(IntegrationTest.ADMIN_EMAIL).roles("STAFF")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			Sheet years = workbook.getSheet("Années");
			assertThat(cells(years.getRow(0))).containsExactly("Année", "Budget", "Attribué", "Versé", "Reste à attribuer");
			Row year = row(years, 2094);
			assertEuros(year.getCell(1), 250000.50);
			assertEuros(year.getCell(2), 12345.67);
			assertEuros(year.getCell(3), 6172.83);
			assertEuros(year.getCell(4), 237654.83);

			Sheet themes = workbook.getSheet("Par thème");
			assertThat(cells(themes.getRow(0))).containsExactly("Année", "Thème", "Enveloppe", "Attribué", "Versé");
			Row environment = row(themes, 2094, "Enjeux environnementaux");
			assertThat(environment.getCell(2)).isNull();
			assertEuros(environment.getCell(3), 12345.67);
			assertEuros(environment.getCell(4), 6172.83);
			Row normandie = row(workbook.getSheet("Par région"), 2094, "Normandie");
			assertEuros(normandie.getCell(3), 12345.67);
		}
	}

	@Test
	void theScdlCsvHasTheSchemasHeaderAndTheRightValuesWithoutLogin() throws Exception {
		this.awards.year(2095, "1000000");
		TestAwards.Awarded published = this.awards.award("Mentorat « solidaire », en Normandie", 2095, "45000.50",
				"emploi", "28");
		this.awards.pay(published, 1);
		// An award whose application does not stand selected is not published, even once its round is.
		this.awards.award(this.applications.newInReview("Projet pas encore sélectionné"), 2095, "1000", "emploi", "28");
		// Nor is a selection before its round's decisions are published: its applicant does not know of it yet.
		assertThat(new String(this.mvc.perform(get("/donnees/subventions.csv")).andReturn().getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8)).doesNotContain("Mentorat « solidaire », en Normandie");
		this.awards.publishRound(2095);

		MvcResult result = this.mvc.perform(get("/donnees/subventions.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andReturn();
		String csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("nomAttribuant,idAttribuant,dateConvention,"
				+ "referenceDecision,nomBeneficiaire,idBeneficiaire,rnaBeneficiaire,objet,montant,nature,"
				+ "conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention,dispositifAide");
		assertThat(result.getResponse().getHeader("Link")).contains("licence-ouverte-open-licence");

		List<CSVRecord> records;
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv))) {
			records = parser.getRecords();
		}
		Map<String, Object> application = this.jdbc.sql("""
				select reference, organisation_id, (awarded_at at time zone 'Europe/Paris')::date as decided,
				       (select (paid_at at time zone 'Europe/Paris')::date from award_tranche t
				        where t.award_id = a.id and t.rank = 1) as paid
				from grant_application g join award a on a.application_id = g.id where g.id = ?""")
			.param(published.draft().id()).query().singleRow();
		CSVRecord line = records.stream()
			.filter((r) -> r.get("referenceDecision").equals(application.get("reference")))
			.findFirst()
			.orElseThrow();
		Map<String, Object> organisation = this.jdbc.sql("select name, siret from organisation where id = ?")
			.param(application.get("organisation_id")).query().singleRow();
		assertThat(line.get("nomAttribuant")).isEqualTo("Apec");
		assertThat(line.get("idAttribuant")).isEqualTo("78502832300041");
		assertThat(line.get("dateConvention")).isEqualTo(application.get("decided").toString());
		assertThat(line.get("nomBeneficiaire")).isEqualTo(organisation.get("name"));
		assertThat(line.get("idBeneficiaire")).isEqualTo(organisation.get("siret")).matches("\\d{14}");
		assertThat(line.get("objet")).isEqualTo("Mentorat « solidaire », en Normandie");
		assertThat(line.get("montant")).isEqualTo("45000.50");
		assertThat(line.get("nature")).isEqualTo("aide en numéraire");
		assertThat(line.get("conditionsVersement")).isEqualTo("échelonné");
		assertThat(line.get("datesPeriodeVersement")).isEqualTo(application.get("paid") + "/" + application.get("paid"))
			.matches("^[0-9]{4}\\-[0-9]{2}\\-[0-9]{2}(\\/[0-9]{4}\\-[0-9]{2}\\-[0-9]{2})?$");
		assertThat(line.get("notificationUE")).isEqualTo("non");
		assertThat(line.get("pourcentageSubvention")).isEqualTo("1.00");
		assertThat(records).noneMatch((r) -> r.get("objet").equals("Projet pas encore sélectionné"));
	}

	private static void assertEuros(Cell cell, double amount) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(cell.getNumericCellValue()).isEqualTo(amount);
		assertThat(cell.getCellStyle().getDataFormatString()).contains("€").contains("0.00");
	}

	private static List<String> cells(Row row) {
		List<String> cells = new java.util.ArrayList<>();
		row.forEach((cell) -> cells.add(cell.getStringCellValue()));
		return cells;
	}

	private static Row row(Sheet sheet, int year, String... name) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(0).getNumericCellValue() == year
					&& (name.length == 0 || row.getCell(1).getStringCellValue().equals(name[0]))) {
				return row;
			}
		}
		throw new AssertionError("No row for " + year + " " + List.of(name));
	}

}
