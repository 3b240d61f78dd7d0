package fr.apec.novapec.application.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The inbox as an Excel workbook, written by POI's streaming API (SXSSF): only the last
 * {@link #ROWS_IN_MEMORY} rows stay in memory, the others go to a compressed temporary file until the workbook
 * is written, so 100 000 applications take no more memory than 100. Amounts are numeric cells shown in euros,
 * submissions date cells, under a bold header row that stays in view (frozen) and carries the filter buttons.
 */
final class InboxWorkbook implements AutoCloseable {

	static final int ROWS_IN_MEMORY = 100;

	/** Euros as French Excel shows them ({@code 45 000,00 €}): the format's separators follow the reader's locale. */
	static final String EURO_FORMAT = "#,##0.00\\ \"€\"";

	static final String DATE_FORMAT = "dd/mm/yyyy hh:mm";

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);

	private final SXSSFSheet sheet;

	private final CellStyle euros;

	private final CellStyle dates;

	private final int columns;

	private int rows;

	InboxWorkbook(String sheetName, List<String> headings) {
		this.workbook.setCompressTempFiles(true);
		this.sheet = this.workbook.createSheet(sheetName);
		this.columns = headings.size();
		this.euros = this.workbook.createCellStyle();
		this.euros.setDataFormat(this.workbook.createDataFormat().getFormat(EURO_FORMAT));
		this.dates = this.workbook.createCellStyle();
		this.dates.setDataFormat(this.workbook.createDataFormat().getFormat(DATE_FORMAT));
		CellStyle bold = this.workbook.createCellStyle();
		Font font = this.workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row header = this.sheet.createRow(this.rows++);
		for (int i = 0; i < headings.size(); i++) {
			header.createCell(i).setCellValue(headings.get(i));
			header.getCell(i).setCellStyle(bold);
			this.sheet.setColumnWidth(i, 20 * 256);
		}
		this.sheet.createFreezePane(0, 1);
	}

	/** Adds a row: texts as text, BigDecimal amounts as numbers in euros, LocalDateTime as dates; null empty. */
	void add(List<Object> cells) {
		Row row = this.sheet.createRow(this.rows++);
		for (int i = 0; i < cells.size(); i++) {
			Object value = cells.get(i);
			if (value instanceof BigDecimal amount) {
				// A spreadsheet keeps numbers as binary doubles: the nearest one reads back to the cent below 10^13 €.
				row.createCell(i).setCellValue(amount.doubleValue());
				row.getCell(i).setCellStyle(this.euros);
			}
			else if (value instanceof LocalDateTime date) {
				row.createCell(i).setCellValue(date);
				row.getCell(i).setCellStyle(this.dates);
			}
			else if (value != null) {
				row.createCell(i).setCellValue(value.toString());
			}
		}
	}

	/** Writes the workbook, its header a filter over every row. */
	void write(OutputStream out) throws IOException {
		this.sheet.setAutoFilter(new CellRangeAddress(0, Math.max(this.rows - 1, 0), 0, this.columns - 1));
		this.workbook.write(out);
	}

	/** Deletes the temporary files. */
	@Override
	public void close() throws IOException {
		this.workbook.close();
	}

}
