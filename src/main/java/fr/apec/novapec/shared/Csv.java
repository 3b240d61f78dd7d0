package fr.apec.novapec.shared;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV the portal writes: RFC 4180 with a header, and no cell a spreadsheet would run as a formula.
 * A text that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading apostrophe, as OWASP's guidance on CSV injection says ({@code =HYPERLINK(…)} is shown as text,
 * never followed). Numbers are written as they are.
 */
public final class Csv {

	/** The byte order mark that tells Excel a CSV is in UTF-8 (without it, Excel reads "Ã©" for "é"). */
	static final char BOM = '\uFEFF';

	private static final DateTimeFormatter FRENCH_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

	private Csv() {
	}

	/** Writes the header then each row, its cells neutralised, to this writer. */
	public static void write(Writer out, List<String> header, Iterable<? extends Iterable<?>> rows) throws IOException {
		try (Rows printer = new Rows(new CSVPrinter(out, format(CSVFormat.RFC4180, header)), false)) {
			for (Iterable<?> row : rows) {
				printer.add(row);
			}
		}
	}

	/**
	 * A CSV that Excel opens as it is in France, rows added one by one (an export streams them): UTF-8 with a
	 * byte order mark, ";" between cells (the comma is the decimal separator there), CRLF at the end of each
	 * line, quotes as RFC 4180 says, amounts with a decimal comma ({@code 45000,00}) and dates and times as Excel
	 * reads them there ({@code 02/12/2026 14:05}).
	 */
	public static Rows forExcelInFrench(Writer out, List<String> header) throws IOException {
		out.write(BOM);
		CSVFormat excel = CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
		return new Rows(new CSVPrinter(out, format(excel, header)), true);
	}

	private static CSVFormat format(CSVFormat base, List<String> header) {
		return base.builder().setHeader(header.toArray(String[]::new)).get();
	}

	/** The cell as a spreadsheet should show it: text that would start a formula is prefixed with '. */
	static Object cell(Object value) {
		if (value instanceof CharSequence text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return value;
	}

	/** The rows of a CSV being written; closing it flushes and closes the writer. */
	public static final class Rows implements Closeable {

		private final CSVPrinter printer;

		private final boolean french;

		private Rows(CSVPrinter printer, boolean french) {
			this.printer = printer;
			this.french = french;
		}

		/** Adds a row, its cells neutralised (and, for Excel in French, its amounts and dates as it reads them). */
		public void add(Iterable<?> row) throws IOException {
			for (Object value : row) {
				this.printer.print(this.french ? french(value) : cell(value));
			}
			this.printer.println();
		}

		private static Object french(Object value) {
			if (value instanceof BigDecimal amount) {
				return amount.toPlainString().replace('.', ',');
			}
			if (value instanceof LocalDateTime time) {
				return FRENCH_DATE_TIME.format(time);
			}
			return cell(value);
		}

		@Override
		public void close() throws IOException {
			this.printer.close();
		}

	}

}
