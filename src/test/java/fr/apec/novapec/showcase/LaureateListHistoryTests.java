package fr.apec.novapec.showcase;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.apec.novapec.support.Browser;
import fr.apec.novapec.support.WebServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Back and Forward on /laureats after filtering with htmx, in a real Chromium: htmx keeps no copy of the
 * pages (historyCacheSize 0) and asks the server for each one it restores, which must answer with the
 * whole page, whose results are those of its URL.
 */
@WebServerTest
class LaureateListHistoryTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final Pattern CARD_TITLE = Pattern.compile("class=\"card-title\"><a href=\"/laureats/([a-z0-9-]+)\"");

	@LocalServerPort
	int port;

	@Test
	void backAndForwardAfterTwoFiltersShowTheWholePageWithTheResultsOfItsUrl() throws Exception {
		Map<String, String> none = Map.of();
		Map<String, String> oneFilter = Map.of("theme", "emploi");
		Map<String, String> twoFilters = Map.of("theme", "emploi", "region", "76");
		// The three steps must show different lists, or the test could not tell one from another.
		assertThat(List.of(serverSlugs(url("/laureats")), serverSlugs(url("/laureats?theme=emploi")),
				serverSlugs(url("/laureats?theme=emploi&region=76"))))
			.doesNotHaveDuplicates()
			.allSatisfy((slugs) -> assertThat(slugs).isNotEmpty());

		WebDriver driver = browser.open(url("/laureats"));
		browser.await().until((d) -> Boolean.TRUE.equals(((JavascriptExecutor) d)
			.executeScript("return document.readyState === 'complete' && window.htmx !== undefined")));
		new Select(driver.findElement(By.id("theme"))).selectByValue("emploi");
		browser.await().until((d) -> filtersInUrl(d).equals(oneFilter) && showsResultsOfItsUrl(d));
		new Select(driver.findElement(By.id("region"))).selectByValue("76");
		browser.await().until((d) -> filtersInUrl(d).equals(twoFilters) && showsResultsOfItsUrl(d));

		driver.navigate().back();
		assertWholePageOf(oneFilter);
		driver.navigate().back();
		assertWholePageOf(none);
		driver.navigate().forward();
		assertWholePageOf(oneFilter);
		driver.navigate().forward();
		assertWholePageOf(twoFilters);
	}

	/**
	 * Waits until the browser's URL has these filters and the page lists that URL's results, then checks
	 * the rest of the page came with them: the header, the filters showing the URL's values, the footer.
	 */
	private void assertWholePageOf(Map<String, String> filters) {
		WebDriver driver = browser.driver();
		browser.await().until((d) -> filtersInUrl(d).equals(filters) && showsResultsOfItsUrl(d));
		String path = driver.getCurrentUrl();
		String region = filters.getOrDefault("region", "");
		String theme = filters.getOrDefault("theme", "");
		assertThat(driver.findElements(By.cssSelector("header.site-header nav a"))).as("the header's links on %s", path)
			.isNotEmpty();
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Les projets lauréats");
		assertThat(driver.findElement(By.id("filtres")).isDisplayed()).isTrue();
		assertThat(new Select(driver.findElement(By.id("region"))).getFirstSelectedOption().getDomAttribute("value"))
			.as("the region selected on %s", path).isEqualTo(region);
		assertThat(new Select(driver.findElement(By.id("theme"))).getFirstSelectedOption().getDomAttribute("value"))
			.as("the theme selected on %s", path).isEqualTo(theme);
		assertThat(driver.findElement(By.cssSelector("footer.site-footer")).isDisplayed()).isTrue();
		assertThat(driver.findElements(By.id("resultats"))).hasSize(1);
		assertThat(driver.findElements(By.tagName("main"))).hasSize(1);
	}

	/** Whether the list in the browser is the one the server gives for the browser's URL. */
	private static boolean showsResultsOfItsUrl(WebDriver driver) {
		try {
			return browserSlugs().equals(serverSlugs(driver.getCurrentUrl()));
		}
		catch (java.io.IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The filters set in the browser's URL (htmx also writes the empty ones). */
	private static Map<String, String> filtersInUrl(WebDriver driver) {
		Map<String, String> filters = new HashMap<>();
		UriComponentsBuilder.fromUriString(driver.getCurrentUrl())
			.build()
			.getQueryParams()
			.forEach((name, values) -> values.stream()
				.filter((value) -> value != null && !value.isEmpty())
				.forEach((value) -> filters.put(name, value)));
		return filters;
	}

	private static List<String> browserSlugs() {
		return browser.driver()
			.findElements(By.cssSelector("#resultats .card-title a"))
			.stream()
			.map((link) -> link.getDomAttribute("href"))
			.map((href) -> href.substring(href.lastIndexOf('/') + 1))
			.toList();
	}

	/** The slugs the whole page at this URL lists, asked without JavaScript. */
	private static List<String> serverSlugs(String url) throws java.io.IOException, InterruptedException {
		String html = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString()).body();
		List<String> slugs = new ArrayList<>();
		Matcher matcher = CARD_TITLE.matcher(html);
		while (matcher.find()) {
			slugs.add(matcher.group(1));
		}
		return slugs;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
