package fr.apec.novapec.showcase;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.TestLaureates;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The open data: every published laureate, and nothing its organisation did not agree to publish. */
@IntegrationTest
class OpenDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestLaureates laureates;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void csvHasOneDocumentedLinePerPublishedLaureate() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/donnees/laureats.csv")).andExpect(status().isOk())
			.andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("text/csv").contains("UTF-8");
		List<CSVRecord> records = csv(response.getContentAsString());
		List<String> slugs = this.jdbc.sql("select slug from laureate_project where published").query(String.class).list();
		assertThat(records).extracting((r) -> r.get("slug")).containsExactlyInAnyOrderElementsOf(slugs);
		CSVRecord iress = records.stream().filter((r) -> r.get("slug").equals("iress")).findFirst().orElseThrow();
		assertThat(iress.get("codes_regions")).isEqualTo("06");
		assertThat(iress.get("regions")).isEqualTo("Mayotte");
		assertThat(iress.get("url")).isEqualTo("http://localhost:8080/laureats/iress");
		String page = this.mvc.perform(get("/donnees")).andReturn().getResponse().getContentAsString();
		for (String column : csvHeader(response.getContentAsString())) {
			assertThat(page).as("documented column " + column).contains("<code>" + column + "</code>");
		}
		assertThat(page).contains("Licence Ouverte");
	}

	@Test
	void jsonHasEveryPublishedLaureate() throws Exception {
		String body = this.mvc.perform(get("/donnees/laureats.json")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		List<Map<String, Object>> laureates = this.json.readValue(body, List.class);
		assertThat(laureates).hasSize(11);
		assertThat(laureates).extracting((l) -> l.get("nom")).contains("Séniors, allez tous vous faire voir");
	}

	@Test
	@Transactional
	void unpublishedLaureatesAndUnpublishedFieldsNeverLeaveTheDatabase() throws Exception {
		this.laureates.insert("projet-en-attente", "Projet en attente", "53", "emploi", "cadres", "Quimper", false,
				TestLaureates.allFields());
		this.laureates.insert("projet-discret", "Projet discret", "53", "emploi", "cadres", "Lannion", true, List.of());

		String csvBody = this.mvc.perform(get("/donnees/laureats.csv")).andReturn().getResponse().getContentAsString();
		String jsonBody = this.mvc.perform(get("/donnees/laureats.json")).andReturn().getResponse().getContentAsString();
		String apiBody = this.mvc.perform(get("/api/v1/laureats?region=53&taille=100")).andReturn().getResponse()
			.getContentAsString();
		for (String body : List.of(csvBody, jsonBody, apiBody)) {
			assertThat(body).doesNotContain("projet-en-attente")
				.doesNotContain("Quimper")
				.contains("projet-discret")
				.doesNotContain("Lannion")
				.doesNotContain("Description confidentielle")
				.doesNotContain("Partenaire discret");
		}
		CSVRecord discreet = csv(csvBody).stream().filter((r) -> r.get("slug").equals("projet-discret")).findFirst()
			.orElseThrow();
		assertThat(discreet.get("beneficiaires_prevus")).isEmpty();
		assertThat(discreet.get("beneficiaires_atteints")).isEmpty();

		String page = this.mvc.perform(get("/laureats/projet-discret")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Projet discret").doesNotContain("Lannion").doesNotContain("Description confidentielle")
			.doesNotContain("Partenaire discret").doesNotContain("data-figure=\"planned\"");
		this.mvc.perform(get("/laureats/projet-en-attente")).andExpect(status().isNotFound());
		assertThat(this.mvc.perform(get("/laureats?q=Lannion")).andReturn().getResponse().getContentAsString())
			.as("a hidden city is not searchable").contains("Aucun lauréat ne correspond");
		assertThat(this.mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString())
			.contains("/laureats/projet-discret").doesNotContain("projet-en-attente");
	}

	@Test
	void apiFiltersPagesAndAnswers304WhenNothingChanged() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/api/v1/laureats?q=seniors&taille=1"))
			.andExpect(status().isOk()).andReturn().getResponse();
		Map<String, Object> body = this.json.readValue(response.getContentAsString(), Map.class);
		assertThat(body).containsEntry("page", 1).containsEntry("taille", 1).containsEntry("total", 3)
			.containsEntry("pages", 3);
		List<Map<String, Object>> items = (List<Map<String, Object>>) body.get("laureats");
		assertThat(items).singleElement().extracting((l) -> l.get("slug")).isEqualTo("seniors-allez-tous-vous-faire-voir");

		Map<String, Object> mayotte = this.json.readValue(this.mvc.perform(get("/api/v1/laureats?region=06"))
			.andReturn().getResponse().getContentAsString(), Map.class);
		assertThat(mayotte).containsEntry("total", 1);

		String etag = response.getHeader("ETag");
		assertThat(etag).isNotBlank();
		this.mvc.perform(get("/api/v1/laureats?q=seniors&taille=1").header("If-None-Match", etag))
			.andExpect(status().isNotModified());
	}

	@Test
	void apiRefusesBadFiltersWithAClearMessage() throws Exception {
		String body = this.mvc.perform(get("/api/v1/laureats?region=99&taille=500&annee=deux"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(body).contains("\"champ\":\"region\"").contains("\"champ\":\"taille\"").contains("\"champ\":\"annee\"")
			.contains("Cette région n'existe pas");
	}

	@Test
	void csvCellsThatASpreadsheetWouldRunAsFormulasAreWrittenAsText() throws Exception {
		String formula = "=HYPERLINK(\"https://evil.example\",\"Cliquez\")";
		long id = this.laureates.insert("projet-formule", formula, "53", "emploi", "cadres", "@SUM(1+1)", true,
				List.of("cities"));
		try {
			CSVRecord record = csv(this.mvc.perform(get("/donnees/laureats.csv")).andReturn().getResponse()
				.getContentAsString()).stream().filter((r) -> r.get("slug").equals("projet-formule")).findFirst()
				.orElseThrow();
			assertThat(record.get("nom")).isEqualTo("'" + formula);
			assertThat(record.values()).noneMatch((cell) -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
			assertThat(String.join(" ", record.values())).contains("'@SUM(1+1)");
		}
		finally {
			this.jdbc.sql("delete from laureate_project where id = ?").param(id).update();
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void apiAnswersUnknownFiltersWithAProblemDetailThatNamesEachParameter() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/api/v1/laureats?theme=foo&annee=1900&region=76"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("application/problem+json");
		Map<String, Object> problem = this.json.readValue(response.getContentAsString(), Map.class);
		assertThat(problem).containsEntry("status", 400)
			.containsEntry("title", "Paramètre non compris")
			.containsEntry("instance", "/api/v1/laureats")
			.doesNotContainKey("laureats");
		assertThat((List<String>) problem.get("parametres")).containsExactlyInAnyOrder("theme", "annee");
		assertThat((String) problem.get("detail")).contains("theme").contains("annee").doesNotContain("region");
		assertThat((List<Map<String, String>>) problem.get("erreurs")).extracting((error) -> error.get("champ"))
			.containsExactlyInAnyOrder("theme", "annee");

		String region = this.mvc.perform(get("/api/v1/laureats?region=99"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((List<String>) this.json.readValue(region, Map.class).get("parametres")).containsExactly("region");
	}

	private static List<CSVRecord> csv(String body) throws Exception {
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(body)).getRecords();
	}

	private static List<String> csvHeader(String body) throws Exception {
		return CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(body)).getHeaderNames();
	}

}
