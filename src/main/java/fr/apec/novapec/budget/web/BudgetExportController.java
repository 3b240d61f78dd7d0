package fr.apec.novapec.budget.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import fr.apec.novapec.budget.BudgetService;
import fr.apec.novapec.budget.YearFigures;
import fr.apec.novapec.budget.YearSummary;
import fr.apec.novapec.shared.Downloads;
import fr.apec.novapec.shared.Notices;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The budget as a spreadsheet for staff: every programme year (budget, awarded, paid, remaining), and each year by
 * theme and by region (envelope, awarded, paid). Amounts are numeric cells in a euro format, so that a spreadsheet
 * sums them; headers are in the reader's language.
 */
@Controller
class BudgetExportController {

	static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Thousands grouped, two decimals and the euro sign: a number to the spreadsheet, {@code 4 000 000,00 €} shown. */
	static final String EURO_FORMAT = "#,##0.00\\ \"€\"";

	private final BudgetService budget;

	private final Notices notices;

	BudgetExportController(BudgetService budget, Notices notices) {
		this.budget = budget;
		this.notices = notices;
	}

	@GetMapping("/gestion/budget/budget.xlsx")
	ResponseEntity<byte[]> workbook() throws IOException {
		List<YearSummary> years = this.budget.years();
		List<YearFigures> figures = new ArrayList<>();
		years.forEach((year) -> figures.add(this.budget.figures(year.year())));
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle euros = workbook.createCellStyle();
			euros.setDataFormat(workbook.createDataFormat().getFormat(EURO_FORMAT));
			Sheet summary = sheet(workbook, "budget.xlsx.years", "budget.year", "budget.budget", "budget.awarded",
					"budget.paid", "budget.remaining");
			for (YearSummary year : years) {
				Row row = summary.createRow(summary.getLastRowNum() + 1);
				row.createCell(0).setCellValue(year.year());
				money(row, 1, year.budget(), euros);
				money(row, 2, year.awarded(), euros);
				money(row, 3, year.paid(), euros);
				money(row, 4, year.remaining(), euros);
			}
			lines(workbook, "budget.xlsx.themes", "budget.table.themes.name", figures, true, euros);
			lines(workbook, "budget.xlsx.regions", "budget.table.regions.name", figures, false, euros);
			workbook.write(out);
			return Downloads.attachment("novapec-budget.xlsx", MEDIA_TYPE, out.toByteArray());
		}
	}

	private void lines(Workbook workbook, String title, String name, List<YearFigures> figures, boolean themes,
			CellStyle euros) {
		Sheet sheet = sheet(workbook, title, "budget.year", name, "budget.envelope", "budget.awarded", "budget.paid");
		for (YearFigures year : figures) {
			for (YearFigures.Line line : themes ? year.themes() : year.regions()) {
				Row row = sheet.createRow(sheet.getLastRowNum() + 1);
				row.createCell(0).setCellValue(year.year());
				row.createCell(1).setCellValue(line.name());
				money(row, 2, line.envelope(), euros);
				money(row, 3, line.awarded(), euros);
				money(row, 4, line.paid(), euros);
			}
		}
	}

	private Sheet sheet(Workbook workbook, String title, String... headers) {
		Sheet sheet = workbook.createSheet(this.notices.text(title));
		Row header = sheet.createRow(0);
		for (int i = 0; i < headers.length; i++) {
			header.createCell(i).setCellValue(this.notices.text(headers[i]));
			sheet.setColumnWidth(i, 20 * 256);
		}
		return sheet;
	}

	/** A numeric cell in euros, left empty when there is no amount (an envelope not set). */
	private static void money(Row row, int column, BigDecimal amount, CellStyle euros) {
		if (amount == null) {
			return;
		}
		var cell = row.createCell(column);
		// POI holds numbers as doubles; amounts of numeric(14,2) are exact in one (15 significant digits at most).
		cell.setCellValue(amount.doubleValue());
		cell.setCellStyle(euros);
	}

}
