package fr.apec.novapec.application;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.StatementCounter;
import fr.apec.novapec.support.TestMail;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff inbox as files, /gestion/candidatures/export.xlsx and export.csv: the same filters as the page,
 * every page; the workbook's amounts are numbers in euros and its submissions dates under a frozen header; the
 * CSV opens in French Excel (BOM, ";", CRLF, decimal comma, RFC 4180 quotes) with its accents intact; both come
 * from one cursor in a fixed number of statements; applicants and reviewers are refused.
 */
@IntegrationTest
class InboxExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffApplications staffApplications;

	@Autowired
	AccountService accounts;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestApplications test;

	String staff;

	/** A word in the titles of this test's applications only: the search keeps other tests' ones out. */
	String word;

	TestApplications.Draft employment;

	TestApplications.Draft territories;

	@BeforeEach
	void twoApplications() {
		this.staff = this.test.organisations().newStaff("Dominique Exporte");
		this.word = "Exp" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		// the fixture's answers: emploi, cadres and jeunes diplômés, Occitanie, 45 000 €
		this.employment = this.test.newSubmittedInRound("Projet \"Été\" ; égalité " + this.word);
		this.territories = this.test.newSubmittedInRound("Projet territoires " + this.word);
		this.jdbc.sql("update grant_application set theme_code = 'territoires', requested_amount = 30000.50 where id = ?")
			.param(this.territories.id())
			.update();
	}

	@AfterEach
	void deliverWhatWasQueued() {
		TestMail.deliverAll(this.outbox);
	}

	@Test
	void theWorkbookHasTheFilteredRowsWithAmountsAsEuroNumbersAndDatesAsDatesUnderAFrozenHeader() throws Exception {
		MvcResult result = export("xlsx", "theme", "territoires");
		assertThat(result.getResponse().getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.matches("attachment; filename=\"novapec-candidatures-\\d{4}-\\d{2}-\\d{2}\\.xlsx\"");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(texts(sheet.getRow(0))).containsExactly("Référence", "Titre", "Organisation", "SIRET",
					"Région principale", "Régions", "Thématique", "Publics", "Statut", "Session", "Montant demandé",
					"Déposée le");
			// the filter applies: the other application is not there
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			Row row = sheet.getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo(this.test.row(this.territories.id()).get("reference"));
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Projet territoires " + this.word);
			assertThat(row.getCell(3).getStringCellValue()).matches("\\d{14}");
			assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Occitanie");
			assertThat(row.getCell(6).getStringCellValue()).isEqualTo("Valorisation des territoires");
			assertThat(row.getCell(8).getStringCellValue()).isEqualTo("Déposée");
			Cell amount = row.getCell(10);
			assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(amount.getNumericCellValue()).isEqualTo(30000.50);
			assertThat(amount.getCellStyle().getDataFormatString()).contains("#,##0.00").contains("€");
			Cell submitted = row.getCell(11);
			assertThat(submitted.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(submitted)).isTrue();
			assertThat(submitted.getLocalDateTimeCellValue().getYear()).isGreaterThanOrEqualTo(2026);
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export("xlsx").getResponse().getContentAsByteArray()))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(2);
		}
	}

	@Test
	void theCsvOpensInFrenchExcelWithItsAccentsIntactAndTheFiltersApplied() throws Exception {
		MvcResult result = export("csv");
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.matches("attachment; filename=\"novapec-candidatures-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(csv).startsWith("Référence;Titre;Organisation;SIRET;Région principale;Régions;Thématique;Publics;"
				+ "Statut;Session;Montant demandé;Déposée le\r\n");
		assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		List<String> lines = List.of(csv.split("\r\n"));
		assertThat(lines).hasSize(3);
		// newest first, as the page: the territories' application, then the other one, its title quoted (RFC 4180)
		assertThat(lines.get(1)).contains(";Projet territoires " + this.word + ";").contains(";30000,50;")
			.contains(";Valorisation des territoires;");
		assertThat(lines.get(2)).contains(";\"Projet \"\"Été\"\" ; égalité " + this.word + "\";")
			.contains(";45000,00;").contains(";Égalité d'accès à l'emploi;").contains(";Cadres, Jeunes diplômés;");
		// the submission last, as French Excel reads a date and time (the quoted title holds a ";" of its own)
		assertThat(lines.get(2).substring(lines.get(2).lastIndexOf(';') + 1)).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");

		String filtered = new String(export("csv", "theme", "emploi", "tri", "montant-asc").getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(filtered.split("\r\n")).hasSize(2);
		assertThat(filtered).contains("Été").doesNotContain("Projet territoires");
		// the minimum score too: neither is scored yet, so none is left
		String scored = new String(export("csv", "note", "3,5").getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(scored.split("\r\n")).hasSize(1);
	}

	@Test
	void theInboxPageLinksToItsExportsWithItsFilters() throws Exception {
		String html = this.mvc.perform(get("/gestion/candidatures").param("theme", "emploi").param("q", this.word)
			.with(user(this.staff).roles("STAFF"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("href=\"/gestion/candidatures/export.xlsx?theme=emploi&amp;q=" + this.word + "\"")
			.contains("href=\"/gestion/candidatures/export.csv?theme=emploi&amp;q=" + this.word + "\"");
	}

	@Test
	void anExportRunsTheSameStatementsForTwoRowsAsForFour() {
		CurrentAccount who = as(this.staff);
		StaffInboxFilter filter = new StaffInboxFilter(null, null, null, null, null, StaffInboxFilter.Team.ALL,
				this.word, false, null, null);
		List<InboxExportRow> rows = new ArrayList<>();
		StatementCounter.reset();
		Acting.asStaff(this.staff, () -> this.staffApplications.export(who, filter, rows::add));
		long forTwo = StatementCounter.count();
		assertThat(rows).hasSize(2);
		this.test.newSubmittedInRound("Projet trois " + this.word);
		this.test.newSubmittedInRound("Projet quatre " + this.word);
		rows.clear();
		StatementCounter.reset();
		Acting.asStaff(this.staff, () -> this.staffApplications.export(who, filter, rows::add));
		assertThat(rows).hasSize(4).allSatisfy((row) -> assertThat(row.organisationName()).isNotBlank());
		// the team, the organisations named like the search, the rows' organisations, their names, the rounds'
		// ids, their labels, the rows
		assertThat(StatementCounter.count()).isEqualTo(forTwo).isLessThanOrEqualTo(7);
	}

	@Test
	void applicantsAndReviewersAreRefusedTheExports() throws Exception {
		String reviewer = "relecteur-" + UUID.randomUUID() + "@apec.test";
		this.accounts.createAccount(reviewer, "Relecture-2026!", "Relecteur", EnumSet.of(Role.REVIEWER));
		for (String path : List.of("/gestion/candidatures/export.xlsx", "/gestion/candidatures/export.csv?q=x")) {
			this.mvc.perform(get(path).with(user(this.employment.member()).roles("APPLICANT")))
				.andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(user(reviewer).roles("REVIEWER"))).andExpect(status().isForbidden());
		}
		StaffInboxFilter all = StaffInboxFilter.all();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> Acting.as(reviewer, "REVIEWER",
				() -> {
					this.staffApplications.export(as(reviewer), all, (row) -> { });
					return null;
				}));
	}

	private MvcResult export(String extension, String... parameters) throws Exception {
		var request = get("/gestion/candidatures/export." + extension).param("q", this.word);
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return this.mvc.perform(request.with(user(this.staff).roles("STAFF"))).andExpect(status().isOk()).andReturn();
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach((cell) -> texts.add(cell.getStringCellValue()));
		return texts;
	}

}
