package fr.apec.novapec.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.organisation.TestOrganisations;
import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The error summary at the top of a form lists its errors in the order of the fields on the page, each once;
 * an empty vault upload and an empty return reason say what is missing in their own words.
 */
@IntegrationTest
class ErrorSummaryOrderTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApplications test;

	@Test
	void theOrganisationFormListsItsErrorsInTheOrderOfItsFields() throws Exception {
		String member = this.test.organisations().newApplicant("Camille");
		MultiValueMap<String, String> form = TestOrganisations.validForm("");
		form.set("siret", "123");
		form.set("legalForm", "");
		form.set("rna", "");
		form.set("esus", "");
		form.set("addressLine", "");
		form.set("postcode", "7502");
		form.set("city", "");
		form.set("region", "");
		form.set("website", "javascript:alert(1)");
		String html = page(post("/espace/organisation/nouvelle").params(form), member);
		List<String> summary = summary(html);
		assertThat(summary).contains("name", "siret", "legalForm", "esus", "addressLine", "postcode", "city", "region",
				"website");
		assertInPageOrder(html, summary);
	}

	@Test
	void theBudgetStepListsARowsNameBeforeItsAmountAsOnThePage() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Budget en désordre");
		// The step finds the amount of a row wrong before it notices the row has no name.
		String html = page(post("/espace/candidatures/" + draft.id() + "/budget").param("totalBudget", "beaucoup")
			.param("requestedAmount", "-5")
			.param("coFunders[0].name", "")
			.param("coFunders[0].amount", "mille")
			.param("coFunders[1].name", "Région")
			.param("coFunders[1].amount", "deux"), draft.member());
		assertThat(summary(html)).containsExactly("totalBudget", "requestedAmount", "coFunders0.name",
				"coFunders0.amount", "coFunders1.amount");
		assertInPageOrder(html, summary(html));
	}

	@Test
	void anEmptyVaultUploadSaysOnceThatTheKindAndTheFileAreMissing() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Envoi vide");
		String html = page(multipart("/espace/organisation/" + draft.organisationId() + "/documents").param("kind", "")
			.param("validUntil", "31/02/2030"), draft.member());
		assertThat(summary(html)).containsExactly("kind", "file", "validUntil");
		assertInPageOrder(html, summary(html));
		assertThat(html).doesNotContain("Choisissez le type de document dans la liste.");
		// Once in the summary, once beside the field.
		assertThat(html.split("Choisissez le type de document\\.", -1)).hasSize(3);
		assertThat(html.split("Choisissez le fichier à ajouter\\.", -1)).hasSize(3);
	}

	@Test
	void aTypeOfDocumentNotInTheListIsStillRefusedWithTheListsMessage() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Type inconnu");
		String html = page(multipart("/espace/organisation/" + draft.organisationId() + "/documents").param("kind",
				"PASSPORT"), draft.member());
		assertThat(html).contains("Choisissez le type de document dans la liste.")
			.doesNotContain("Choisissez le type de document.");
	}

	@Test
	void anEmptyReturnReasonAsksWhatTheOrganisationMustChange() throws Exception {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Renvoi sans motif");
		String html = this.mvc
			.perform(post("/gestion/candidatures/" + draft.id() + "/renvoi").param("reason", " \r\n ")
				.with(user(this.test.organisations().newStaff("Dominique Gestion")).roles("STAFF"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(summary(html)).containsExactly("reason");
		assertThat(html).contains("id=\"reason-error\"")
			.contains("Écrivez ce que l&#39;organisation doit modifier : le renvoi lui est envoyé avec ce motif.")
			.doesNotContain("Écrivez votre message.");
	}

	private String page(AbstractMockHttpServletRequestBuilder<?> request, String member) throws Exception {
		return this.mvc.perform(request.with(user(member).roles("APPLICANT")).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The fields the error summary links to, in its order. */
	private static List<String> summary(String html) {
		Matcher box = Pattern.compile("<div class=\"error-summary\" role=\"alert\">([\\s\\S]*?)</div>").matcher(html);
		assertThat(box.find()).as("an error summary").isTrue();
		List<String> fields = new ArrayList<>();
		Matcher link = Pattern.compile("href=\"#([^\"]+)\"").matcher(box.group(1));
		while (link.find()) {
			fields.add(link.group(1));
		}
		return fields;
	}

	/** Each field the summary names comes after the previous one in the page. */
	private static void assertInPageOrder(String html, List<String> fields) {
		int after = html.indexOf("class=\"error-summary\"");
		for (String field : fields) {
			int at = html.indexOf("id=\"" + field + "\"", after);
			assertThat(at).as(field + " after the previous field, in " + fields).isGreaterThan(after);
			after = at;
		}
	}

}
