package fr.apec.novapec.application;

import fr.apec.novapec.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The fields that take a number ask phones for the right keypad (inputmode numeric for counts and
 * durations, decimal for amounts), and an amount typed with dots between thousands (« 1.500 ») is
 * answered with how to write it, not with a generic message.
 */
@IntegrationTest
class ApplicationNumberFieldsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApplications test;

	static RequestPostProcessor as(String email) {
		return user(email).roles("APPLICANT");
	}

	Document page(TestApplications.Draft draft, String step) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/espace/candidatures/" + draft.id() + "/" + step).with(as(draft.member())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	static String inputMode(Document page, String id) {
		Element input = page.getElementById(id);
		assertThat(input).as("field #" + id).isNotNull();
		assertThat(page.select("[id=" + id + "]")).as("elements #" + id).hasSize(1);
		assertThat(input.tagName()).isEqualTo("input");
		return input.attr("inputmode");
	}

	@Test
	void amountsAskForADecimalKeypadAndCountsAndDurationsForANumericOne() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Claviers");
		this.test.fillAllSteps(draft);

		Document budget = page(draft, "budget");
		assertThat(inputMode(budget, "totalBudget")).isEqualTo("decimal");
		assertThat(inputMode(budget, "requestedAmount")).isEqualTo("decimal");
		assertThat(inputMode(budget, "coFunders0.amount")).isEqualTo("decimal");
		assertThat(inputMode(budget, "coFunders0.name")).isEmpty();

		Document schedule = page(draft, "beneficiaires-et-calendrier");
		assertThat(inputMode(schedule, "plannedCadres")).isEqualTo("numeric");
		assertThat(inputMode(schedule, "plannedJeunesDiplomes")).isEqualTo("numeric");
		assertThat(inputMode(schedule, "durationMonths")).isEqualTo("numeric");

		Document indicators = page(draft, "indicateurs");
		assertThat(inputMode(indicators, "indicators0.target")).isEqualTo("numeric");
		assertThat(inputMode(indicators, "indicators0.label")).isEmpty();

		// A text field drawn by the same fragment has none.
		assertThat(inputMode(page(draft, "projet"), "title")).isEmpty();
	}

	@Test
	void anAmountWithDotsBetweenThousandsSaysHowToWriteIt() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Points");
		Document page = Jsoup.parse(this.mvc.perform(post("/espace/candidatures/" + draft.id() + "/budget")
				.with(as(draft.member())).with(csrf())
				.param("totalBudget", "15.000,50")
				.param("requestedAmount", "1.500")
				.param("coFunders[0].name", "Région").param("coFunders[0].amount", "2.000.000 €"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.getElementById("requestedAmount-error").text())
			.isEqualTo("Le point ne sépare pas les milliers : écrivez « 1 500 » ou « 1500 ».");
		assertThat(page.getElementById("totalBudget-error").text())
			.isEqualTo("Le point ne sépare pas les milliers : écrivez « 15 000,50 » ou « 15000,50 ».");
		assertThat(page.getElementById("co-funder-0-amount-error").text())
			.isEqualTo("Le point ne sépare pas les milliers : écrivez « 2 000 000 » ou « 2000000 ».");
		assertThat(page.getElementById("requestedAmount").val()).isEqualTo("1.500");
		assertThat(page.select(".error-summary a").eachText())
			.contains("Le point ne sépare pas les milliers : écrivez « 1 500 » ou « 1500 ».");
		assertThat(this.test.row(draft.id())).containsEntry("requested_amount", null);
	}

}
