package fr.apec.novapec.showcase;

import java.util.List;

import com.deque.html.axecore.results.Rule;
import fr.apec.novapec.support.Browser;
import fr.apec.novapec.support.WebServerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages on a phone's screen, 390 px wide, in a real Chromium: the figures by region are
 * readable (the table comes first, and no region name of the map is printed under 12 px), nothing
 * makes the page scroll sideways, and axe-core finds no serious or critical violation at that width.
 */
@WebServerTest
class ShowcaseOnAPhoneTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	/** The smallest text the map may print, in CSS pixels as rendered. */
	private static final double READABLE_PX = 12;

	/**
	 * The size each shown region name of the map is printed at, in CSS pixels: its font size in the SVG's
	 * units times the scale of the SVG on the screen. Names that are not rendered are left out.
	 */
	private static final String RENDERED_LABEL_SIZES = """
			return Array.from(document.querySelectorAll('.map-label'))
			  .filter((label) => label.getClientRects().length > 0)
			  .map((label) => {
			    const ctm = label.getScreenCTM();
			    return parseFloat(getComputedStyle(label).fontSize) * Math.hypot(ctm.a, ctm.b);
			  });""";

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/", "/regions" })
	void onA390PixelScreenTheFiguresByRegionAreReadable(String path) {
		WebDriver driver = openAtWidth(390, path);
		assertThat(((Number) script("return window.innerWidth")).intValue()).isLessThanOrEqualTo(390);

		WebElement table = driver.findElement(By.cssSelector(".map-table"));
		assertThat(table.isDisplayed()).isTrue();
		List<WebElement> regionLinks = table.findElements(By.cssSelector("tbody th a"));
		assertThat(regionLinks).hasSize(18);
		for (WebElement link : regionLinks) {
			assertThat(pixels(link.getCssValue("font-size"))).as("the table's %s", link.getText())
				.isGreaterThanOrEqualTo(READABLE_PX);
		}
		List<Double> labels = renderedLabelSizes();
		assertThat(labels).as("the sizes the map prints its region names at").allSatisfy(
				(size) -> assertThat(size).isGreaterThanOrEqualTo(READABLE_PX));
		WebElement map = driver.findElement(By.cssSelector(".map"));
		if (map.isDisplayed()) {
			assertThat(table.getRect().getY()).as("the table comes before the map").isLessThan(map.getRect().getY());
		}
		assertThat(((Number) script("return document.documentElement.scrollWidth")).intValue())
			.as("the page's width at 390 px (nothing scrolls sideways)")
			.isLessThanOrEqualTo(((Number) script("return document.documentElement.clientWidth")).intValue());
	}

	@ParameterizedTest(name = "{1} at {0} px")
	@CsvSource({ "700, /regions", "1000, /regions", "1000, /", "1280, /", "1280, /regions" })
	void whereTheMapIsShownItPrintsRegionNamesAtLeast12PixelsHigh(int width, String path) {
		WebDriver driver = openAtWidth(width, path);
		assertThat(driver.findElement(By.cssSelector(".map")).isDisplayed()).as("the map at %d px", width).isTrue();
		List<Double> labels = renderedLabelSizes();
		assertThat(labels).as("the region names of the map at %d px", width)
			.hasSizeGreaterThanOrEqualTo(18)
			.allSatisfy((size) -> assertThat(size).isGreaterThanOrEqualTo(READABLE_PX));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/", "/regions", "/laureats", "/laureats?region=99&theme=foo",
			"/laureats/seniors-allez-tous-vous-faire-voir", "/candidater", "/donnees" })
	void axeFindsNoSeriousOrCriticalViolationAt390Pixels(String path) {
		openAtWidth(390, path);
		List<Rule> violations = browser.axeViolations();
		assertThat(violations).as("axe-core on %s at 390 px:%s", path, Browser.describe(violations)).isEmpty();
	}

	private WebDriver openAtWidth(int width, String path) {
		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(width, 844));
		driver.get("http://localhost:" + this.port + path);
		return driver;
	}

	@SuppressWarnings("unchecked")
	private static List<Double> renderedLabelSizes() {
		return ((List<Number>) script(RENDERED_LABEL_SIZES)).stream().map(Number::doubleValue).toList();
	}

	private static Object script(String script) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script);
	}

	private static double pixels(String cssValue) {
		return Double.parseDouble(cssValue.replace("px", ""));
	}

}
