package fr.apec.novapec.showcase;

import java.util.List;

import fr.apec.novapec.support.IntegrationTest;
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

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
