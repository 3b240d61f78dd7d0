package fr.apec.novapec.showcase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import com.deque.html.axecore.results.Rule;
import fr.apec.novapec.support.Browser;
import fr.apec.novapec.support.WebServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The public showcase in a real headless Chromium, with JavaScript on: no serious or critical axe-core
 * violation (WCAG 2.1 A and AA) and no error of the W3C Nu HTML Checker, and the filters, the map and
 * the skip link work with the keyboard alone.
 */
@WebServerTest
class ShowcaseAccessibilityTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/", "/laureats", "/laureats?region=76&theme=emploi&public=jeunes-diplomes&annee=2024",
			"/laureats?q=seniors", "/laureats?region=zz&annee=abc", "/laureats/seniors-allez-tous-vous-faire-voir",
			"/regions", "/regions/06", "/candidater", "/donnees", "/mentions-legales", "/accessibilite",
			"/donnees-personnelles", "/contact", "/inscription" })
	void axeFindsNoSeriousOrCriticalViolationAndTheNuCheckerNoErrorOn(String path) {
		browser.open(url(path));
		List<Rule> violations = browser.axeViolations();
		assertThat(violations).as("axe-core on %s:%s", path, Browser.describe(violations)).isEmpty();
		assertThat(browser.htmlErrors()).as("Nu HTML Checker on %s", path).isEmpty();
	}

	@Test
	void axeFindsNoSeriousOrCriticalViolationAndTheNuCheckerNoErrorOnTheNotFoundPage() {
		WebDriver driver = browser.open(url("/laureats/inconnu"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page introuvable");
		List<Rule> violations = browser.axeViolations();
		assertThat(violations).as("axe-core on the 404 page:%s", Browser.describe(violations)).isEmpty();
		assertThat(browser.htmlErrors()).as("Nu HTML Checker on the 404 page").isEmpty();
	}

	@Test
	void theErrorMessagesOfInvalidFiltersAreShownAndTiedToTheirFields() {
		WebDriver driver = browser.open(url("/laureats?region=zz&annee=abc"));
		assertThat(driver.findElement(By.id("region")).getDomAttribute("aria-describedby")).isEqualTo("region-error");
		assertThat(driver.findElement(By.id("annee")).getDomAttribute("aria-describedby")).isEqualTo("annee-error");
		assertThat(driver.findElement(By.id("region-error")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.id("annee-error")).isDisplayed()).isTrue();
	}

	@Test
	void theFiltersWorkWithTheKeyboardAlone() {
		WebDriver driver = browser.open(url("/laureats"));
		tabUntil(driver, (element) -> "q".equals(element.getDomAttribute("id")), "the search field");

		new Actions(driver).sendKeys("seniors").sendKeys(Keys.ENTER).perform();
		wait(driver).until((d) -> d.getCurrentUrl().contains("q=seniors")
				&& "Séniors, allez tous vous faire voir".equals(firstCardTitle(d)));

		tabUntil(driver, (element) -> "region".equals(element.getDomAttribute("id")), "the region list");
		new Actions(driver).sendKeys("Hauts-de-France").perform();
		wait(driver).until((d) -> d.getCurrentUrl().contains("region=32") && d.getCurrentUrl().contains("q=seniors")
				&& !cardRegions(d).isEmpty() && cardRegions(d).stream().allMatch((r) -> r.contains("Hauts-de-France")));
		assertThat(firstCardTitle(driver)).isEqualTo("Séniors, allez tous vous faire voir");
		assertThat(driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo("seniors");

		new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
		wait(driver).until((d) -> d.getCurrentUrl().contains("region=11"));
		wait(driver).until((d) -> cardRegions(d).stream().allMatch((r) -> r.contains("Île-de-France")));
		assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("region");
	}

	@Test
	void theMapWorksWithTheKeyboardAlone() {
		WebDriver driver = browser.open(url("/regions"));
		tabUntil(driver, (element) -> "a".equals(element.getTagName())
				&& "map-tile".equals(element.getDomAttribute("class"))
				&& String.valueOf(element.getDomAttribute("href")).endsWith("region=06"), "the map tile of Mayotte");

		new Actions(driver).sendKeys(Keys.ENTER).perform();
		wait(driver).until((d) -> d.getCurrentUrl().endsWith("/laureats?region=06"));
		List<String> titles = driver.findElements(By.cssSelector(".card-title a")).stream().map(WebElement::getText).toList();
		assertThat(titles).containsExactly("IRESS");
	}

	@Test
	void theSkipLinkIsTheFirstFocusableElementAndMovesFocusToTheMainContent() {
		WebDriver driver = browser.open(url("/"));
		new Actions(driver).sendKeys(Keys.TAB).perform();
		WebElement first = driver.switchTo().activeElement();
		assertThat(first.getDomAttribute("class")).as(Browser.describe(first)).isEqualTo("skip-link");
		assertThat(first.getDomAttribute("href")).isEqualTo("#contenu");
		assertThat(first.isDisplayed()).isTrue();

		new Actions(driver).sendKeys(Keys.ENTER).perform();
		wait(driver).until((d) -> "contenu".equals(d.switchTo().activeElement().getDomAttribute("id")));
		assertThat(driver.switchTo().activeElement().getTagName()).isEqualTo("main");
	}

	@Test
	void withJavaScriptOnNoErrorReachesTheBrowserConsole() {
		browser.open(url("/"));
		Optional<List<String>> before = browser.consoleErrors();
		assumeTrue(before.isPresent(), "this chromedriver does not give the browser console log");
		List<String> errors = new ArrayList<>();
		for (String path : List.of("/", "/laureats", "/laureats?region=zz&annee=abc", "/laureats/iress", "/regions",
				"/regions/06", "/candidater", "/donnees")) {
			WebDriver driver = browser.open(url(path));
			wait(driver).until((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
			consoleErrors().forEach((error) -> errors.add(path + ": " + error));
		}
		WebDriver driver = browser.open(url("/laureats"));
		driver.findElement(By.id("q")).sendKeys("seniors", Keys.ENTER);
		wait(driver).until((d) -> d.getCurrentUrl().contains("q=seniors")
				&& "Séniors, allez tous vous faire voir".equals(firstCardTitle(d)));
		new Select(driver.findElement(By.id("region"))).selectByValue("32");
		wait(driver).until((d) -> d.getCurrentUrl().contains("region=32"));
		consoleErrors().forEach((error) -> errors.add("/laureats, filtered with htmx: " + error));
		assertThat(errors).as("errors in the browser console (a Content-Security-Policy violation would be one)")
			.isEmpty();
	}

	/**
	 * The console errors since the last read, but for the 404 of /favicon.ico that Chromium asks for on
	 * its own: the portal has no favicon, which is neither a script error nor a policy violation.
	 */
	private static List<String> consoleErrors() {
		return browser.consoleErrors()
			.orElseThrow()
			.stream()
			.filter((error) -> !error.contains("/favicon.ico - Failed to load resource"))
			.toList();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static WebDriverWait wait(WebDriver driver) {
		return browser.await();
	}

	/** Presses TAB until the focused element is the one wanted (see {@link Browser#tabUntil}). */
	private static WebElement tabUntil(WebDriver driver, Predicate<WebElement> wanted, String what) {
		return browser.tabUntil(wanted, what);
	}

	private static String firstCardTitle(WebDriver driver) {
		List<WebElement> titles = driver.findElements(By.cssSelector(".card-title a"));
		return titles.isEmpty() ? null : titles.get(0).getText();
	}

	/** The regions each card of the list names. */
	private static List<String> cardRegions(WebDriver driver) {
		return driver.findElements(By.cssSelector("#resultats .card"))
			.stream()
			.map((card) -> card.findElement(By.cssSelector(".facts div:first-child dd")).getText())
			.toList();
	}

}
