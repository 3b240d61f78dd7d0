package fr.apec.novapec.shared;

import java.io.IOException;
import java.io.Writer;
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

	private Csv() {
	}

	/** Writes the header then each row, its cells neutralised, to this writer. */
	public static void write(Writer out, List<String> header, Iterable<? extends Iterable<?>> rows) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (Iterable<?> row : rows) {
				for (Object cell : row) {
					printer.print(cell(cell));
				}
				printer.println();
			}
		}
	}

	/** The cell as a spreadsheet should show it: text that would start a formula is prefixed with '. */
	static Object cell(Object value) {
		if (value instanceof CharSequence text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return value;
	}

}
