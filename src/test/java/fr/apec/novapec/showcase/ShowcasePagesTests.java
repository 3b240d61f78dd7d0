package fr.apec.novapec.showcase;

import java.util.List;

import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.TestLaureates;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static fr.apec.novapec.support.Text.plainSpaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ShowcasePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestLaureates laureates;

	@Test
	void homePageShowsTheKeyFiguresComputedFromTheDatabase() throws Exception {
		String html = plainSpaces(page("/"));
		assertThat(html).contains("<html lang=\"fr\"")
			.contains("Budget annuel 2025")
			.contains("<dd data-figure=\"budget\">4 000 000 €</dd>")
			.contains("<dd data-figure=\"laureates\">11</dd>")
			.contains("<dd data-figure=\"regions\">10</dd>")
			.contains("<dd data-figure=\"planned\">855</dd>");
	}

	@Test
	void homePageFiguresFollowTheDatabaseNotTheTemplate() throws Exception {
		long regions = this.jdbc.sql("""
				select count(distinct r.region_code) from laureate_region r
				join laureate_project l on l.id = r.laureate_id where l.published""").query(Long.class).single();
		assertThat(plainSpaces(page("/"))).contains("<dd data-figure=\"regions\">" + regions + "</dd>");
	}

	@Test
	void laureatesPageListsEveryLaureateWithRegionThemeAndPublics() throws Exception {
		String html = page("/laureats");
		List<String> names = this.jdbc.sql("select name from laureate_project where published")
			.query(String.class)
			.list();
		assertThat(names).hasSize(11);
		for (String name : names) {
			assertThat(html).contains(org.springframework.web.util.HtmlUtils.htmlEscape(name, "UTF-8"));
		}
		assertThat(html).contains("11 projets lauréats")
			.contains("Séniors, allez tous vous faire voir")
			.contains("Mayotte")
			.contains("Hauts-de-France")
			.contains("Égalité d&#39;accès à l&#39;emploi")
			.contains("Valorisation des territoires")
			.contains("Jeunes diplômés")
			.contains("Cadres")
			.contains("PME");
	}

	@Test
	void pagesSpeakEnglishToBrowsersThatAskForIt() throws Exception {
		String html = this.mvc.perform(get("/").header("Accept-Language", "en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<html lang=\"en\"").contains("Laureate projects");
	}

	@Test
	void homePageSaysWhoMayApplyShowsTheMapAndTheLatestLaureates() throws Exception {
		String html = plainSpaces(page("/"));
		assertThat(html).contains("href=\"/candidater\"")
			.contains("data-figure=\"reached\"")
			.contains("Les derniers lauréats")
			.contains("Égalité d&#39;accès à l&#39;emploi")
			.contains("Valorisation des territoires")
			.contains("Enjeux environnementaux");
		assertThat(html.split("class=\"map-tile\"", -1)).hasSize(19);
		assertThat(html).contains("href=\"/laureats?region=06\"").contains("aria-label=\"Mayotte : 1 lauréat\"");
	}

	@Test
	void applyPageListsTheEligibilityRulesAndTheSteps() throws Exception {
		String html = page("/candidater");
		assertThat(html).contains("Les conditions d&#39;éligibilité").contains("Les étapes").contains("ESUS");
	}

	@Test
	void laureatePageShowsTheProjectItsCarriersPartnersPlacesAndRound() throws Exception {
		String html = plainSpaces(page("/laureats/generation-excellence"));
		assertThat(html).contains("<h1>Génération Excellence</h1>")
			.contains("NQT")
			.contains("SCOP ERROL")
			.contains("Centre-Val de Loire")
			.contains("Orléans")
			.contains("Tours")
			.contains("quartier prioritaire")
			.contains("Jeunes diplômés")
			.contains("<dd data-figure=\"planned\">40</dd>")
			.contains("Décembre 2024");
	}

	@Test
	void anUnknownLaureateGets404() throws Exception {
		this.mvc.perform(get("/laureats/projet-inconnu").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
		this.mvc.perform(get("/regions/99").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}

	@Test
	void regionPageOfMayotteShowsItsLaureateAndFigures() throws Exception {
		String html = page("/regions/06");
		assertThat(html).contains("<h1>Mayotte</h1>").contains("<dd data-figure=\"laureates\">1</dd>").contains("IRESS");
		assertThat(page("/regions/44")).contains("Aucun projet lauréat n&#39;agit encore dans cette région");
	}

	@Test
	void regionsPageHasTheMapAndTheSameFiguresAsATable() throws Exception {
		String html = page("/regions");
		assertThat(html).contains("<svg").contains("<table class=\"table map-table\">");
		for (String code : new String[] { "01", "02", "03", "04", "06", "11", "94" }) {
			assertThat(html).contains("href=\"/regions/" + code + "\"").contains("href=\"/laureats?region=" + code + "\"");
		}
	}

	@Test
	void everyPageHasItsOwnTitleDescriptionCanonicalUrlAndOpenGraph() throws Exception {
		java.util.Set<String> titles = new java.util.HashSet<>();
		for (String path : new String[] { "/", "/laureats", "/laureats/iress", "/regions", "/regions/06", "/candidater",
				"/donnees" }) {
			String html = page(path);
			String title = html.replaceAll("(?s).*<title>([^<]*)</title>.*", "$1");
			titles.add(title);
			assertThat(html).as(path)
				.contains("<meta name=\"description\" content=\"")
				.contains("<link rel=\"canonical\" href=\"http://localhost:8080" + path + "\"")
				.contains("<meta property=\"og:title\" content=\"" + title + "\"")
				.contains("<meta property=\"og:url\"");
		}
		assertThat(titles).hasSize(7);
	}

	@Test
	void sitemapListsEveryLaureatePageAndRobotsPointsToIt() throws Exception {
		String sitemap = this.mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		List<String> slugs = this.jdbc.sql("select slug from laureate_project where published").query(String.class).list();
		for (String slug : slugs) {
			assertThat(sitemap).contains("<loc>http://localhost:8080/laureats/" + slug + "</loc>");
		}
		assertThat(sitemap).contains("<loc>http://localhost:8080/regions/06</loc>");
		String robots = this.mvc.perform(get("/robots.txt")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(robots).contains("Sitemap: http://localhost:8080/sitemap.xml").contains("Disallow: /gestion");
	}

	@Test
	void showcasePagesCarryAnEtagAndAShortPublicCacheAndAnswer304WhenUnchanged() throws Exception {
		var response = this.mvc.perform(get("/laureats").accept(MediaType.TEXT_HTML)).andReturn().getResponse();
		String etag = response.getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(response.getHeader("Cache-Control")).isEqualTo("public, max-age=60");
		this.mvc.perform(get("/laureats").accept(MediaType.TEXT_HTML).header("If-None-Match", etag))
			.andExpect(status().isNotModified());
	}

	@Test
	@org.springframework.transaction.annotation.Transactional
	void aKeptPageIsServedAgainUntilAPublicationChangesTheShowcaseThenAtOnce() throws Exception {
		String before = page("/laureats?theme=environnement");
		assertThat(page("/laureats?theme=environnement")).isEqualTo(before);
		assertThat(before).doesNotContain("Projet vert de test");
		this.laureates.insert("projet-vert", "Projet vert de test", "44", "environnement", "pme", "Metz", true,
				TestLaureates.allFields());
		assertThat(page("/laureats?theme=environnement")).contains("Projet vert de test");
		assertThat(page("/laureats/projet-vert")).contains("Projet vert de test");
	}

	@Test
	void aKeptPageCarriesTheSameHeadersAsAFreshOne() throws Exception {
		var fresh = this.mvc.perform(get("/regions/53").accept(MediaType.TEXT_HTML)).andReturn().getResponse();
		var kept = this.mvc.perform(get("/regions/53").accept(MediaType.TEXT_HTML)).andReturn().getResponse();
		assertThat(kept.getContentAsString()).isEqualTo(fresh.getContentAsString());
		for (String header : new String[] { "ETag", "Cache-Control", "Content-Type", "Content-Language",
				"Content-Security-Policy" }) {
			assertThat(kept.getHeader(header)).as(header).isEqualTo(fresh.getHeader(header)).isNotNull();
		}
		String english = this.mvc.perform(get("/regions/53").header("Accept-Language", "en").accept(MediaType.TEXT_HTML))
			.andReturn().getResponse().getContentAsString();
		assertThat(english).contains("lang=\"en\"");
	}

	@Test
	void staticAssetsAreFingerprintedAndCachedForAYear() throws Exception {
		String html = page("/");
		String css = html.replaceAll("(?s).*href=\"(/assets/css/novapec-[0-9a-f]{32}\\.css)\".*", "$1");
		assertThat(css).startsWith("/assets/css/novapec-");
		assertThat(this.mvc.perform(get(css)).andExpect(status().isOk()).andReturn().getResponse()
			.getHeader("Cache-Control")).contains("max-age=31536000");
		assertThat(html).containsPattern("src=\"/webjars/htmx\\.org/2\\.0\\.\\d+/dist/htmx\\.min(-[0-9a-f]{32})?\\.js\"");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
