package fr.apec.novapec.showcase;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.Rounds;
import fr.apec.novapec.support.TestLaureates;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static fr.apec.novapec.support.Text.plainSpaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page's budget belongs to the current programme year, or says which year it belongs to; its
 * latest laureates are the most recently selected, not the first in alphabetical order. Each test sets the
 * state it is about in its own rolled-back transaction; today comes from the portal's clock.
 */
@IntegrationTest
@Transactional
class HomeBudgetAndLatestLaureatesTests {

	private static final Pattern CARD_TITLE = Pattern.compile("<h3[^>]*>\\s*<a href=\"/laureats/([a-z0-9-]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestLaureates laureates;

	@Autowired
	Clock clock;

	@Autowired
	SelectionService selection;

	@Test
	void theCurrentProgrammeYearsBudgetIsShownWhenItHasOne() throws Exception {
		int year = LocalDate.now(this.clock).getYear();
		budget(year - 1, "4000000");
		budget(year, "4500000");
		String html = plainSpaces(home());
		assertThat(html).contains("<dt>Budget annuel " + year + "</dt>")
			.contains("<dd data-figure=\"budget\">4 500 000 €</dd>")
			.doesNotContain("dernière année renseignée");
	}

	@Test
	void withoutABudgetForTheCurrentYearTheHomePageSaysWhichYearItsFiguresBelongTo() throws Exception {
		int year = LocalDate.now(this.clock).getYear();
		this.jdbc.sql("delete from award_tranche where award_id in (select id from award where year >= :year)")
			.param("year", year)
			.update();
		this.jdbc.sql("delete from award where year >= :year").param("year", year).update();
		this.jdbc.sql("delete from programme_year where year >= :year").param("year", year).update();
		budget(year - 1, "3800000");
		String html = plainSpaces(home());
		assertThat(html).contains("<dt>Budget annuel " + (year - 1) + " (dernière année renseignée)</dt>")
			.contains("<dd data-figure=\"budget\">3 800 000 €</dd>");
	}

	@Test
	void theLatestLaureatesAreTheMostRecentlySelectedThenByName() throws Exception {
		// Only the history of December 2024 and the laureates of this test are published.
		this.jdbc.sql("update laureate_project set published = false where round_id is null").update();
		long june = Rounds.create(this.selection, "Juin 2025", LocalDate.of(2025, 5, 15), LocalDate.of(2025, 6, 20));
		long ofJune = this.laureates.insert("zoo-de-juin", "Zoo de juin", "53", "emploi", "cadres", "Brest", true,
				TestLaureates.allFields());
		this.laureates.selectedIn(ofJune, june, 2025);
		// Published today without a round: more recent than June 2025, and between them by name.
		this.laureates.insert("zebre-du-jour", "Zèbre du jour", "53", "emploi", "cadres", "Rennes", true,
				TestLaureates.allFields());
		this.laureates.insert("abeille-du-jour", "Abeille du jour", "53", "emploi", "cadres", "Vannes", true,
				TestLaureates.allFields());
		String html = home();
		String latest = html.substring(html.indexOf("id=\"latest-heading\""));
		assertThat(slugs(latest)).containsExactly("abeille-du-jour", "zebre-du-jour", "zoo-de-juin");
	}

	@Test
	void withoutNewLaureatesTheLatestAreThoseOfTheLastCommitteeByName() throws Exception {
		this.jdbc.sql("update laureate_project set published = false where round_id is null").update();
		List<String> expected = this.jdbc.sql("""
				select l.slug from laureate_project l
				where l.published and l.round_id is not null
				order by l.selected_on desc, l.name collate novapec_fr limit 3""").query(String.class).list();
		String html = home();
		assertThat(slugs(html.substring(html.indexOf("id=\"latest-heading\"")))).containsExactlyElementsOf(expected);
	}

	private void budget(int year, String amount) {
		this.jdbc.sql("""
				insert into programme_year (year, budget) values (:year, :budget)
				on conflict (year) do update set budget = excluded.budget""")
			.param("year", year)
			.param("budget", new BigDecimal(amount))
			.update();
	}

	private static List<String> slugs(String html) {
		List<String> slugs = new ArrayList<>();
		Matcher matcher = CARD_TITLE.matcher(html);
		while (matcher.find()) {
			slugs.add(matcher.group(1));
		}
		return slugs;
	}

	private String home() throws Exception {
		return this.mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
