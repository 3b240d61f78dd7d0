package fr.apec.novapec.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The hints of date fields give an example that is not in the past, computed from the portal's clock. */
@IntegrationTest
class ExampleDatesTests {

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApplications applications;

	@Autowired
	Clock clock;

	@Test
	void onTheFirstOfDecember2026TheExamplesAreInTheComingMonthsAndNextYear() {
		Clock december = Clock.fixed(ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, Formats.PARIS).toInstant(), Formats.PARIS);
		ExampleDates examples = new ExampleDates(december);
		assertThat(examples.projectStart()).isEqualTo("01/03/2027");
		assertThat(examples.endOfValidity()).isEqualTo("31/12/2027");
	}

	@Test
	void theStartDateAndValidityHintsOfTheFormsGiveADayAfterToday() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		TestApplications.Draft draft = this.applications.newDraft("Projet aux dates d'exemple");
		String schedule = page("/espace/candidatures/" + draft.id() + "/beneficiaires-et-calendrier", draft.member());
		String start = example(schedule, "startDate-hint");
		assertThat(LocalDate.parse(start, TYPED)).isAfter(today);
		assertThat(schedule).contains("Au format jj/mm/aaaa, par exemple " + start + ".");

		String vault = page("/espace/organisation/" + draft.organisationId() + "/documents", draft.member());
		String validity = example(vault, "validUntil-hint");
		assertThat(LocalDate.parse(validity, TYPED)).isAfter(today);
	}

	private static String example(String html, String hintId) {
		String hint = html.replaceAll("(?s).*<p class=\"hint\" id=\"" + hintId + "\">([^<]*)</p>.*", "$1");
		assertThat(hint).as(hintId).doesNotContain("<").contains("par exemple");
		return hint.replaceAll(".*par exemple (\\d\\d/\\d\\d/\\d{4})\\..*", "$1");
	}

	private String page(String path, String member) throws Exception {
		return this.mvc.perform(get(path).with(user(member).roles("APPLICANT")).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
