package fr.apec.novapec.showcase;

import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list runs a fixed number of SQL statements whatever the number of results or the page size: no
 * query per laureate. Each measure starts with an empty showcase cache, so every query really runs.
 */
@IntegrationTest
class StatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListPageRunsTheSameStatementsForOneResultAsForEleven() throws Exception {
		long one = statementsFor("/laureats?region=06");
		long eleven = statementsFor("/laureats");
		long searched = statementsFor("/laureats?q=emploi&public=cadres");
		assertThat(one).isEqualTo(eleven).isEqualTo(searched);
		// the showcase version (read by the response cache, then by the service), the page of rows, their
		// count and the years of the year filter; regions, themes and publics are in memory
		assertThat(one).isLessThanOrEqualTo(6);
	}

	@Test
	void theApiRunsTheSameStatementsForAPageOfOneAsForAPageOfOneHundred() throws Exception {
		assertThat(statementsFor("/api/v1/laureats?taille=1")).isEqualTo(statementsFor("/api/v1/laureats?taille=100"));
	}

	@Test
	void aKeptAnswerCostsOneTinyQuery() throws Exception {
		statementsFor("/laureats?theme=territoires");
		StatementCounter.reset();
		this.mvc.perform(get("/laureats?theme=territoires").accept(MediaType.ALL)).andExpect(status().isOk());
		assertThat(StatementCounter.count()).as("only the showcase version is read").isEqualTo(1);
	}

	private long statementsFor(String url) throws Exception {
		// Reference data (regions, themes, publics) is read once per instance, on first use.
		this.mvc.perform(get(url).accept(MediaType.ALL)).andExpect(status().isOk());
		// A statement-level trigger moves the showcase version on, so nothing is served from the cache.
		this.jdbc.sql("update laureate_project set name = name where false").update();
		StatementCounter.reset();
		this.mvc.perform(get(url).accept(MediaType.ALL)).andExpect(status().isOk());
		return StatementCounter.count();
	}

}
