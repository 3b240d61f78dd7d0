package fr.apec.novapec.support;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML Checker (the code behind validator.w3.org/nu, RGAA criterion 8.2) run on a page's HTML,
 * offline: its schemas come from the copies inside its jar (its entity resolver answers nothing else), and
 * the page is given as text, never as an address to fetch. Warnings and notes are left out; only what the
 * checker calls an error (or a fatal error) is returned. The schema is read once per JVM, then each page
 * takes a few milliseconds.
 */
public final class HtmlValidator {

	/** The schema validator.w3.org/nu and the vnu command line check HTML documents against. */
	private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private static HtmlValidator instance;

	private final SimpleDocumentValidator checker;

	private final Collector collector = new Collector();

	private HtmlValidator() {
		try {
			// No log4j set-up of its own, no language detection (it only ever warns).
			this.checker = new SimpleDocumentValidator(false, false, false);
			this.checker.setUpMainSchema(SCHEMA, this.collector);
			// Buffered rather than streamed (no error for markup a streaming parser cannot take); no external
			// entity is ever loaded.
			this.checker.setUpValidatorAndParsers(this.collector, true, false);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu HTML Checker could not read its schema " + SCHEMA, ex);
		}
	}

	/**
	 * The errors the Nu HTML Checker finds in this HTML document, each as {@code line:column: message}, in
	 * the order of the document; empty when it is valid.
	 */
	public static synchronized List<String> errors(String html) {
		if (instance == null) {
			instance = new HtmlValidator();
		}
		return instance.check(html);
	}

	private List<String> check(String html) {
		this.collector.errors.clear();
		try {
			this.checker.checkHtmlInputSource(new InputSource(new StringReader(html)));
		}
		catch (SAXParseException ex) {
			// A fatal error was collected by the handler before it stopped the parse.
		}
		catch (IOException | SAXException ex) {
			throw new IllegalStateException("The Nu HTML Checker failed", ex);
		}
		return List.copyOf(this.collector.errors);
	}

	/** Keeps the errors and fatal errors of the page being checked. */
	private static final class Collector implements ErrorHandler {

		private final List<String> errors = new ArrayList<>();

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
			this.errors.add(describe(exception));
		}

		@Override
		public void fatalError(SAXParseException exception) throws SAXParseException {
			this.errors.add(describe(exception));
			throw exception;
		}

		private static String describe(SAXParseException exception) {
			return exception.getLineNumber() + ":" + exception.getColumnNumber() + ": " + exception.getMessage();
		}

	}

}
