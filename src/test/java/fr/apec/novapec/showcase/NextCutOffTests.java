package fr.apec.novapec.showcase;

import java.time.Clock;
import java.time.LocalDate;

import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.Rounds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page and the page on how to apply tell the next submission cut-off of the Novapec call, or that it
 * is not set yet; a round created or deleted shows at once, although both pages are kept in the showcase's
 * cache (the round changes the showcase version).
 */
@IntegrationTest
class NextCutOffTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SelectionService selection;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theHomeAndApplyPagesTellTheNextCutOffAsSoonAsARoundIsCreatedAndNoLongerOnceItIsDeleted() throws Exception {
		String notSet = "La date limite de la prochaine session n'est pas encore fixée";
		assertThat(page("/")).contains(notSet);
		assertThat(page("/candidater")).contains(notSet);

		LocalDate deadline = LocalDate.now(this.clock).plusMonths(2).withDayOfMonth(26);
		long later = Rounds.create(this.selection, "Session plus lointaine", deadline.plusMonths(3));
		long next = Rounds.create(this.selection, "Session suivante", deadline);
		try {
			String told = "Prochaine date limite pour déposer une candidature : le " + Dates.french(deadline) + ".";
			assertThat(page("/")).contains(told).doesNotContain(notSet);
			assertThat(page("/candidater")).contains(told);
		}
		finally {
			Rounds.remove(this.selection, this.jdbc, next);
			Rounds.remove(this.selection, this.jdbc, later);
		}
		assertThat(page("/")).contains(notSet);
		assertThat(page("/candidater")).contains(notSet);
	}

	private String page(String path) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.perform(get(path).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** `26 novembre 2026`, as the pages write a date. */
	static final class Dates {

		static String french(LocalDate date) {
			return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.FRENCH));
		}

	}

}
