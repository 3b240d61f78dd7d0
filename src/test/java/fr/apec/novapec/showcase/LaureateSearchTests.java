package fr.apec.novapec.showcase;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.TestLaureates;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The filters and the French search of /laureats, on the December 2024 laureates. */
@IntegrationTest
class LaureateSearchTests {

	private static final Pattern CARD_TITLE = Pattern.compile("class=\"card-title\"><a href=\"/laureats/([a-z0-9-]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestLaureates laureates;

	@Test
	void seniorsWithoutAccentFindsSeniorsAllezTousVousFaireVoirFirst() throws Exception {
		List<String> slugs = slugs("/laureats?q=seniors");
		assertThat(slugs).first().isEqualTo("seniors-allez-tous-vous-faire-voir");
		assertThat(slugs).contains("pack-job-senior");
	}

	@Test
	void accentsDoNotMatterOnEitherSide() throws Exception {
		assertThat(slugs("/laureats?q=séniors")).isEqualTo(slugs("/laureats?q=seniors"));
		assertThat(slugs("/laureats?q=numerique")).contains("pack-job-senior");
		assertThat(slugs("/laureats?q=numérique")).isEqualTo(slugs("/laureats?q=numerique"));
	}

	@Test
	void searchCoversOrganisationsAndCities() throws Exception {
		assertThat(slugs("/laureats?q=Rugby")).containsExactly("mangez-bougez-vers-l-emploi");
		assertThat(slugs("/laureats?q=Dunkerque")).containsExactly("seniors-allez-tous-vous-faire-voir");
		assertThat(slugs("/laureats?q=montpellier")).containsExactlyInAnyOrder("mangez-bougez-vers-l-emploi",
				"rencontres-jeunes-dip-de-la-reussite");
	}

	@Test
	void regionFilterOnMayotteGivesItsLaureateOnly() throws Exception {
		assertThat(slugs("/laureats?region=06")).containsExactly("iress");
	}

	@Test
	void themePublicAndYearFiltersCombine() throws Exception {
		List<String> expected = this.jdbc.sql("""
				select l.slug from laureate_project l
				where l.published and l.theme_code = 'territoires' and l.year = 2024
				  and exists (select 1 from laureate_public p where p.laureate_id = l.id and p.public_code = 'pme')""")
			.query(String.class)
			.list();
		assertThat(expected).isNotEmpty();
		assertThat(slugs("/laureats?theme=territoires&public=pme&annee=2024")).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(slugs("/laureats?annee=2024")).hasSize(11);
		assertThat(page("/laureats?annee=2023")).contains("Aucun lauréat ne correspond à ces critères");
	}

	@Test
	void filtersAndSearchCombine() throws Exception {
		List<String> expected = this.jdbc.sql("""
				select l.slug from laureate_project l
				where l.published and l.search_document @@ websearch_to_tsquery('novapec_fr', 'emploi')
				  and exists (select 1 from laureate_region r where r.laureate_id = l.id and r.region_code = '76')
				  and exists (select 1 from laureate_public p where p.laureate_id = l.id
				              and p.public_code = 'jeunes-diplomes')""").query(String.class).list();
		assertThat(expected).isNotEmpty().doesNotContain("seniors-allez-tous-vous-faire-voir");
		assertThat(slugs("/laureats?q=emploi&region=76&public=jeunes-diplomes"))
			.containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void unknownFilterValuesAreReportedBesideTheirFieldAndTheRestStillApplies() throws Exception {
		String html = page("/laureats?region=zz&theme=sport&public=retraites&annee=deux-mille&q=seniors");
		assertThat(html).contains("id=\"region-error\"")
			.contains("id=\"theme-error\"")
			.contains("id=\"public-error\"")
			.contains("id=\"annee-error\"")
			.contains("value=\"seniors\"")
			.contains("aria-invalid=\"true\"");
		assertThat(slugsOf(html)).first().isEqualTo("seniors-allez-tous-vous-faire-voir");
	}

	@Test
	void unknownRegionThemeAndYearAreNamedAboveTheResultsAndTheListIsShownWithoutThem() throws Exception {
		String html = HtmlUtils.htmlUnescape(page("/laureats?region=99&theme=foo&annee=1900"));
		assertThat(html).contains("<div class=\"notice notice-ignored\" role=\"status\">")
			.contains("Le filtre « région » n'a pas été compris : toutes les régions sont affichées.")
			.contains("Le filtre « thématique » n'a pas été compris : toutes les thématiques sont affichées.")
			.contains("Le filtre « année » n'a pas été compris : toutes les années sont affichées.")
			.doesNotContain("Le filtre « public »");
		assertThat(slugsOf(html)).isNotEmpty().isEqualTo(slugs("/laureats"));
	}

	@Test
	void anUnknownFilterIsLeftOutAndTheOthersStillApply() throws Exception {
		String html = HtmlUtils.htmlUnescape(page("/laureats?theme=foo&region=06"));
		assertThat(html).contains("Le filtre « thématique » n'a pas été compris").doesNotContain("Le filtre « région »");
		assertThat(slugsOf(html)).containsExactly("iress");

		String region = HtmlUtils.htmlUnescape(page("/laureats?region=99&theme=territoires"));
		assertThat(region).contains("Le filtre « région » n'a pas été compris").doesNotContain("Le filtre « thématique »");
		assertThat(slugsOf(region)).isNotEmpty().isEqualTo(slugs("/laureats?theme=territoires"));
	}

	@Test
	void understoodFiltersSayNothingWasLeftOut() throws Exception {
		assertThat(page("/laureats")).doesNotContain("notice-ignored");
		assertThat(page("/laureats?region=76&theme=emploi&public=jeunes-diplomes&annee=2024")).doesNotContain("notice-ignored");
	}

	@Test
	void htmxGetsTheNoticeOfAnUnknownFilterWithTheResults() throws Exception {
		String fragment = HtmlUtils.htmlUnescape(this.mvc.perform(get("/laureats?public=foo").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(fragment).doesNotContain("<form")
			.contains("Le filtre « public » n'a pas été compris : tous les publics sont affichés.");
	}

	@Test
	@Transactional
	void pageLinksLeaveOutTheFiltersThatWereNotUnderstood() throws Exception {
		for (int i = 1; i <= 13; i++) {
			this.laureates.insert("projet-normand-" + i, "Projet normand numéro " + i, "28", "emploi", "cadres", "Caen",
					true, TestLaureates.allFields());
		}
		String html = page("/laureats?region=28&theme=foo");
		assertThat(html).contains(HtmlUtils.htmlEscape("/laureats?region=28&page=2"))
			.contains("<link rel=\"canonical\" href=\"http://localhost:8080/laureats?region=28\">")
			.doesNotContain("theme=foo");
	}

	@Test
	void htmxGetsOnlyTheResultsOfTheSameUrl() throws Exception {
		String fragment = this.mvc.perform(get("/laureats?region=06").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).doesNotContain("<html").doesNotContain("<form").contains("id=\"resultats\"");
		assertThat(slugsOf(fragment)).containsExactly("iress");
	}

	@Test
	void backOrForwardWithHtmxGetsTheWholePageWithHeaderFiltersAndFooter() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/laureats?region=06&theme=territoires").header("HX-Request", "true")
				.header("HX-History-Restore-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		String html = response.getContentAsString();
		assertThat(html).contains("<html")
			.contains("<header class=\"site-header\"")
			.contains("<form id=\"filtres\"")
			.contains("<option value=\"06\" selected=\"selected\">Mayotte</option>")
			.contains("<option value=\"territoires\" selected=\"selected\">")
			.contains("<footer class=\"site-footer\"")
			.contains("id=\"resultats\"");
		assertThat(slugsOf(html)).containsExactly("iress");
		assertThat(String.join(", ", response.getHeaders("Vary"))).contains("HX-Request")
			.contains("HX-History-Restore-Request");
	}

	@Test
	void theKeptAnswersNeverGiveTheFragmentToABackNorThePageToAFilter() throws Exception {
		// Anonymous answers are kept in memory by URL: each order of asking must still get its own answer.
		String url = "/laureats?region=32";
		assertThat(this.mvc.perform(get(url).header("HX-Request", "true")).andReturn().getResponse().getContentAsString())
			.doesNotContain("<html");
		assertThat(restore(url)).contains("<html").contains("<form id=\"filtres\"").contains("<footer");
		assertThat(this.mvc.perform(get(url).header("HX-Request", "true")).andReturn().getResponse().getContentAsString())
			.doesNotContain("<html").contains("id=\"resultats\"");

		String other = "/laureats?region=11";
		assertThat(restore(other)).contains("<html").contains("<footer");
		assertThat(this.mvc.perform(get(other).header("HX-Request", "true")).andReturn().getResponse().getContentAsString())
			.doesNotContain("<html");
		assertThat(restore(other)).contains("<html").contains("<footer");
	}

	@Test
	void withoutJavascriptTheFilterFormIsAPlainGetOnTheSameUrl() throws Exception {
		String html = page("/laureats");
		assertThat(html).contains("<form id=\"filtres\"").contains("method=\"get\"").contains("action=\"/laureats\"")
			.doesNotContain("name=\"_csrf\"");
	}

	@Test
	@Transactional
	void resultsArePagedAndEveryPageLinkKeepsTheFilters() throws Exception {
		for (int i = 1; i <= 14; i++) {
			this.laureates.insert("projet-breton-" + i, "Projet breton numéro " + i, "53", "environnement", "pme", "Rennes",
					true, TestLaureates.allFields());
		}
		String first = page("/laureats?region=53&theme=environnement");
		assertThat(first).contains("14 projets lauréats");
		assertThat(slugsOf(first)).hasSize(12);
		assertThat(first).contains(HtmlUtils.htmlEscape("/laureats?region=53&theme=environnement&page=2"));
		List<String> second = slugs("/laureats?region=53&theme=environnement&page=2");
		assertThat(second).hasSize(2);
		assertThat(slugsOf(first)).doesNotContainAnyElementsOf(second);
	}

	private List<String> slugs(String url) throws Exception {
		return slugsOf(page(url));
	}

	private static List<String> slugsOf(String html) {
		List<String> slugs = new ArrayList<>();
		Matcher matcher = CARD_TITLE.matcher(html);
		while (matcher.find()) {
			slugs.add(matcher.group(1));
		}
		return slugs;
	}

	private String restore(String url) throws Exception {
		return this.mvc.perform(get(url).header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
