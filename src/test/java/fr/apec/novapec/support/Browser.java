package fr.apec.novapec.support;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium for a test class, started on first use and always quit: register it as a
 * static extension ({@code @RegisterExtension static final Browser browser = new Browser();}) and JUnit
 * quits it after the class; a JVM shutdown hook quits it too if the run is cut short.
 * <p>
 * It runs the Debian Chromium and chromedriver ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver})
 * so that Selenium Manager never downloads anything, asks for French pages, and uses a fresh profile in
 * a temporary directory, so that no cached page ({@code Cache-Control: public, max-age=60}) outlives the
 * class. The pages it checks with axe-core it also gives to the W3C Nu HTML Checker.
 */
public final class Browser implements AfterAllCallback {

	/** The axe-core tags run on every page: WCAG 2.0 and 2.1, levels A and AA. */
	public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	/** The name of the mark {@link #open} leaves on the window of a document it loaded. */
	private static final String OPENED_BY_GET = "novapecOpenedByGet";

	/** Fetches a page's HTML again for the Nu HTML Checker; redirects are not followed (the browser's were). */
	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private ChromeDriver driver;

	private ChromeDriverService service;

	private Path profile;

	private Thread shutdownHook;

	/** The browser, started on first call. */
	public synchronized WebDriver driver() {
		if (this.driver == null) {
			start();
		}
		return this.driver;
	}

	/** Loads the page at this absolute URL and waits until it has loaded. */
	public WebDriver open(String url) {
		WebDriver browser = driver();
		browser.get(url);
		// Marks the document as one loaded by a plain GET: a form sent or a link followed later loads another
		// document, without the mark (see htmlErrors).
		((JavascriptExecutor) browser).executeScript("window." + OPENED_BY_GET + " = true;");
		return browser;
	}

	/**
	 * The errors the W3C Nu HTML Checker finds in the current page (see {@link HtmlValidator}). When the page
	 * was loaded by {@link #open}, it checks the HTML the portal serves for its current address, fetched
	 * again with the browser's cookies and language: the source, not what scripts made of it. When the page
	 * is the answer to a form sent (a form re-shown with its errors), which cannot be fetched again, it
	 * checks the document the browser holds, serialised with its doctype.
	 */
	public List<String> htmlErrors() {
		WebDriver browser = driver();
		JavascriptExecutor script = (JavascriptExecutor) browser;
		String html;
		if (Boolean.TRUE.equals(script.executeScript("return window." + OPENED_BY_GET + " === true;"))) {
			html = served(browser);
		}
		else {
			html = (String) script.executeScript("""
					var doctype = document.doctype ? '<!DOCTYPE ' + document.doctype.name + '>' : '';
					return doctype + document.documentElement.outerHTML;""");
		}
		return HtmlValidator.errors(html);
	}

	/** The HTML the portal serves for the browser's current address, to the browser's session. */
	private static String served(WebDriver browser) {
		String cookies = browser.manage()
			.getCookies()
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(java.util.stream.Collectors.joining("; "));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(browser.getCurrentUrl()))
			.header("Accept", "text/html")
			.header("Accept-Language", "fr-FR,fr")
			.GET();
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The axe-core rules of impact serious or critical that the current page breaks, for the WCAG 2.0
	 * and 2.1 A and AA tags.
	 */
	public List<Rule> axeViolations() {
		// The portal's pages have no frame: axe runs on the page alone, not frame by frame (a fifth less time).
		Results results = new AxeBuilder().withTags(WCAG_TAGS).disableIframeTesting().analyze(driver());
		if (results.isErrored()) {
			throw new IllegalStateException("axe-core failed on " + driver().getCurrentUrl() + ": "
					+ results.getErrorMessage());
		}
		if (results.getPasses().isEmpty() && results.getViolations().isEmpty()) {
			throw new IllegalStateException("axe-core checked nothing on " + driver().getCurrentUrl());
		}
		return results.getViolations()
			.stream()
			.filter((rule) -> BLOCKING_IMPACTS.contains(rule.getImpact()))
			.toList();
	}

	/** The focused element and a description of it as {@link #describe} gives, from the page in one call. */
	private static final String FOCUSED_AND_DESCRIBED = """
			var e = document.activeElement;
			var d = '<' + e.tagName.toLowerCase();
			['id', 'class', 'href', 'aria-label'].forEach(function (a) {
			  if (e.hasAttribute(a)) { d += ' ' + a + '=' + e.getAttribute(a); }
			});
			var text = (e.innerText || '').trim().replace(/\\s+/g, ' ');
			return [e, d + '>' + (text ? ' ' + text : '')];""";

	/** Waits up to ten seconds for a condition, ignoring elements that htmx replaced meanwhile. */
	public WebDriverWait await() {
		WebDriverWait wait = new WebDriverWait(driver(), java.time.Duration.ofSeconds(10));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		return wait;
	}

	/**
	 * Does what leads the browser to another document (a click on a link or a button, ENTER in a form), then
	 * waits until the new document has loaded. The old one carries a mark the new one has not: waiting on
	 * the mark, rather than on an element of the old page going stale, cannot trip on Chromium's errors about
	 * nodes of a document it is tearing down.
	 */
	public void leadsToNewPage(Runnable action) {
		JavascriptExecutor js = (JavascriptExecutor) driver();
		js.executeScript("window.novapecLeaving = true;");
		action.run();
		WebDriverWait wait = await();
		wait.ignoring(org.openqa.selenium.WebDriverException.class);
		wait.until((d) -> Boolean.TRUE.equals(((JavascriptExecutor) d)
			.executeScript("return window.novapecLeaving !== true && document.readyState === 'complete';")));
	}

	/**
	 * Presses TAB, as a keyboard user would, until the focused element is the one wanted (at most 60
	 * presses), and returns it; fails with the path the focus took otherwise.
	 */
	public WebElement tabUntil(java.util.function.Predicate<WebElement> wanted, String what) {
		java.util.List<String> path = new java.util.ArrayList<>();
		for (int i = 0; i < 60; i++) {
			new org.openqa.selenium.interactions.Actions(driver()).sendKeys(org.openqa.selenium.Keys.TAB).perform();
			// One round trip for the focused element and its description (describing it through WebDriver calls
			// took six per TAB press, which made the keyboard journeys slow).
			List<?> focus = (List<?>) ((JavascriptExecutor) driver()).executeScript(FOCUSED_AND_DESCRIBED);
			WebElement focused = (WebElement) focus.get(0);
			if (wanted.test(focused)) {
				return focused;
			}
			path.add((String) focus.get(1));
		}
		throw new AssertionError(what + " not reached in 60 TAB presses; the focus went through:"
				+ System.lineSeparator() + String.join(System.lineSeparator(), path));
	}

	/** Presses TAB until the element with this id has the focus, then types the text into it. */
	public void tabToAndType(String id, CharSequence... keys) {
		tabUntil((element) -> id.equals(element.getDomAttribute("id")), "#" + id);
		new org.openqa.selenium.interactions.Actions(driver()).sendKeys(keys).perform();
	}

	/**
	 * Logs in on the portal at this base URL ({@code http://localhost:PORT}) as a keyboard user does: opens
	 * the login page, types the address and the password, presses ENTER, and waits until the portal has
	 * led the browser away from the login page (which it does not when it refuses the login).
	 */
	public WebDriver logIn(String baseUrl, String email, String password) {
		WebDriver browser = open(baseUrl + "/connexion");
		tabToAndType("email", email);
		tabToAndType("password", password, Keys.ENTER);
		await().until((d) -> !d.getCurrentUrl().startsWith(baseUrl + "/connexion"));
		return browser;
	}

	/**
	 * Adds to the list, under this name, the serious and critical axe-core violations of the current page
	 * (see {@link #axeViolations}) and the errors of the Nu HTML Checker (see {@link #htmlErrors}), if it
	 * has any: a test checks many pages, then asserts the list is empty.
	 */
	public void collectViolations(String page, List<String> violations) {
		List<Rule> found = axeViolations();
		if (!found.isEmpty()) {
			violations.add(page + ":" + describe(found));
		}
		List<String> invalid = htmlErrors();
		if (!invalid.isEmpty()) {
			violations.add(page + ": Nu HTML Checker:" + System.lineSeparator() + "    "
					+ String.join(System.lineSeparator() + "    ", invalid));
		}
	}

	/** A readable account of violations, for an assertion message: one rule a line, then its nodes. */
	public static String describe(List<Rule> violations) {
		if (violations.isEmpty()) {
			return "no violation";
		}
		StringBuilder text = new StringBuilder();
		for (Rule rule : violations) {
			text.append(System.lineSeparator())
				.append("- ")
				.append(rule.getId())
				.append(" (")
				.append(rule.getImpact())
				.append("): ")
				.append(rule.getHelp())
				.append(" — ")
				.append(rule.getHelpUrl());
			for (CheckedNode node : rule.getNodes()) {
				text.append(System.lineSeparator()).append("    at ").append(node.getTarget());
				if (node.getFailureSummary() != null) {
					text.append(" — ").append(node.getFailureSummary().replaceAll("\\s+", " ").trim());
				}
			}
		}
		return text.toString();
	}

	/**
	 * The errors the browser console received since the last call (reading empties the log), or nothing
	 * if this browser does not give its console log through WebDriver.
	 */
	public Optional<List<String>> consoleErrors() {
		try {
			return Optional.of(driver().manage()
				.logs()
				.get(LogType.BROWSER)
				.getAll()
				.stream()
				.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
				.map(LogEntry::toString)
				.toList());
		}
		catch (WebDriverException | UnsupportedOperationException ex) {
			return Optional.empty();
		}
	}

	/** A short description of an element, to say where the focus went. */
	public static String describe(WebElement element) {
		String tag = element.getTagName();
		String id = element.getDomAttribute("id");
		String classes = element.getDomAttribute("class");
		String href = element.getDomAttribute("href");
		String label = element.getDomAttribute("aria-label");
		String text = element.getText();
		return "<" + tag + ((id != null) ? " id=" + id : "") + ((classes != null) ? " class=" + classes : "")
				+ ((href != null) ? " href=" + href : "") + ((label != null) ? " aria-label=" + label : "") + ">"
				+ ((text != null && !text.isBlank()) ? " " + text.strip().replaceAll("\\s+", " ") : "");
	}

	@Override
	public void afterAll(ExtensionContext context) {
		quit();
	}

	/** Quits the browser and deletes its profile; harmless when it never started. */
	public synchronized void quit() {
		if (this.shutdownHook != null) {
			try {
				Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
			}
			catch (IllegalStateException ex) {
				// The JVM is already shutting down: the hook is what called us.
			}
			this.shutdownHook = null;
		}
		stop();
	}

	private void start() {
		try {
			this.profile = Files.createTempDirectory("novapec-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
				"--user-data-dir=" + this.profile, "--lang=fr-FR", "--window-size=1280,1024");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.withLogOutput(OutputStream.nullOutputStream())
			.build();
		this.shutdownHook = new Thread(this::stop, "quit-headless-chromium");
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
		try {
			this.driver = new ChromeDriver(this.service, options);
			this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
		}
		catch (RuntimeException ex) {
			quit();
			throw ex;
		}
	}

	private synchronized void stop() {
		try {
			if (this.driver != null) {
				this.driver.quit();
			}
		}
		finally {
			this.driver = null;
			if (this.service != null) {
				this.service.stop();
				this.service = null;
			}
			deleteProfile();
		}
	}

	private void deleteProfile() {
		if (this.profile == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(this.profile)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover temporary directory is not worth failing a test for.
		}
		this.profile = null;
	}

}
