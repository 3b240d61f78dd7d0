package fr.apec.novapec.showcase;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.apec.novapec.support.IntegrationTest;
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
 * A multiregional project counts in full in each of its regions: the pages say so, never add the regions
 * up, and show « non communiqué » rather than 0 where no laureate of a region gives a figure.
 */
@IntegrationTest
class RegionFiguresTests {

	private static final Pattern TABLE_ROW = Pattern.compile(
			"<th scope=\"row\"><a href=\"/regions/(\\d\\d)\">[^<]*</a></th>\\s*<td class=\"num\"><a [^>]*>(\\d+)</a></td>\\s*<td class=\"num\">(\\d+)</td>");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestLaureates laureates;

	@Test
	void aRegionPageSaysItsMultiregionalProjectsAreCountedInEachRegion() throws Exception {
		long multiregional = multiregionalIn("11");
		assertThat(multiregional).as("SUCCESS acts in Île-de-France and Bretagne").isPositive();
		String html = plainSpaces(page("/regions/11"));
		assertThat(html).contains("<dd data-figure=\"multiregional\" class=\"figure-detail\">dont "
				+ (multiregional == 1 ? "1 projet multirégional, compté" : multiregional + " projets multirégionaux, comptés")
				+ " dans chaque région</dd>")
			.contains("dont les projets multirégionaux, comptés dans chaque région : les chiffres des régions ne s");
	}

	@Test
	void theRegionsTableCountsEachRegionFromTheDatabaseAndShowsNoTotalThatWouldNotAddUp() throws Exception {
		long national = this.jdbc.sql("select count(*) from laureate_project where published").query(Long.class).single();
		for (String path : List.of("/regions", "/")) {
			String html = page(path);
			Matcher row = TABLE_ROW.matcher(html);
			long sum = 0;
			int rows = 0;
			while (row.find()) {
				rows++;
				String code = row.group(1);
				long laureates = Long.parseLong(row.group(2));
				assertThat(laureates).as(path + " " + code).isEqualTo(laureatesIn(code));
				assertThat(Long.parseLong(row.group(3))).as(path + " " + code).isEqualTo(multiregionalIn(code));
				sum += laureates;
			}
			assertThat(rows).as(path).isEqualTo(18);
			assertThat(sum).as("multiregional projects counted in each region").isGreaterThan(national);
			assertThat(html).as(path)
				.doesNotContain("<tfoot")
				.doesNotContain(">" + sum + "<")
				.contains("dont les projets multirégionaux, comptés dans chaque région");
		}
	}

	@Test
	void theRegionsPlannedBeneficiariesAddUpToMoreThanTheNationalFigureWhichTheHomePageShowsAlone() throws Exception {
		long national = this.jdbc.sql("select sum(planned_beneficiaries) from laureate_project where published")
			.query(Long.class)
			.single();
		long regions = this.jdbc.sql("""
				select sum(l.planned_beneficiaries) from laureate_region r
				join laureate_project l on l.id = r.laureate_id where l.published""").query(Long.class).single();
		assertThat(regions).isGreaterThan(national);
		String home = plainSpaces(page("/"));
		assertThat(home).contains("<dd data-figure=\"planned\">" + String.format(java.util.Locale.ROOT, "%,d", national).replace(',', ' ') + "</dd>")
			.doesNotContain(String.format(java.util.Locale.ROOT, "%,d", regions).replace(',', ' '));
	}

	@Test
	@Transactional
	void aRegionWhoseLaureatesPublishNoBeneficiaryFigureSaysNonCommuniqueRatherThanZero() throws Exception {
		this.laureates.insert("projet-lorrain-discret", "Projet lorrain discret", "44", "emploi", "cadres", "Metz", true,
				List.of("description"));
		String html = page("/regions/44");
		assertThat(html).contains("<dd data-figure=\"laureates\">1</dd>")
			.contains("<dd data-figure=\"planned\" class=\"figure-text\">non communiqué</dd>")
			.contains("<dd data-figure=\"reached\" class=\"figure-text\">non communiqué</dd>")
			.doesNotContain("data-figure=\"planned\">0<")
			.doesNotContain("data-figure=\"reached\">0<");
	}

	@Test
	@Transactional
	void aRegionShowsTheFiguresItsLaureatesPublished() throws Exception {
		this.laureates.insert("projet-lorrain-ouvert", "Projet lorrain ouvert", "44", "emploi", "cadres", "Nancy", true,
				TestLaureates.allFields());
		String html = page("/regions/44");
		assertThat(html).contains("<dd data-figure=\"planned\">120</dd>").contains("<dd data-figure=\"reached\">35</dd>");
	}

	private long laureatesIn(String region) {
		return this.jdbc.sql("""
				select count(*) from laureate_region r join laureate_project l on l.id = r.laureate_id
				where l.published and r.region_code = :region""").param("region", region).query(Long.class).single();
	}

	private long multiregionalIn(String region) {
		return this.jdbc.sql("""
				select count(*) from laureate_region r join laureate_project l on l.id = r.laureate_id
				where l.published and r.region_code = :region
				  and (select count(*) from laureate_region o where o.laureate_id = l.id) > 1""")
			.param("region", region)
			.query(Long.class)
			.single();
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
