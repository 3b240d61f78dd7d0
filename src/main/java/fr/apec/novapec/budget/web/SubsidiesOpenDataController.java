package fr.apec.novapec.budget.web;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.apec.novapec.budget.BudgetService;
import fr.apec.novapec.budget.PublishedAward;
import fr.apec.novapec.shared.Csv;
import fr.apec.novapec.shared.Formats;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The awards as open data, public, under the Licence Ouverte 2.0 (Etalab): one line per award in the national SCDL
 * « subventions » table schema, version 2.1.1 (schema.data.gouv.fr/scdl/subventions): its sixteen columns in its
 * order, comma separated, UTF-8, dates ISO 8601, amounts with a dot. Only awards whose application stands selected
 * in a round whose decisions are published appear (see {@link BudgetService#publishedAwards()}).
 */
@Controller
class SubsidiesOpenDataController {

	/** The columns of SCDL « subventions » 2.1.1, in its order. */
	static final List<String> COLUMNS = List.of("nomAttribuant", "idAttribuant", "dateConvention",
			"referenceDecision", "nomBeneficiaire", "idBeneficiaire", "rnaBeneficiaire", "objet", "montant", "nature",
			"conditionsVersement", "datesPeriodeVersement", "idRAE", "notificationUE", "pourcentageSubvention",
			"dispositifAide");

	/**
	 * The attributor: Apec, by the name the programme's public article uses, and the SIRET of its head office
	 * (51 boulevard Brune, Paris), as the brief gave it; the article names no SIRET.
	 */
	static final String ATTRIBUTOR_NAME = "Apec";

	static final String ATTRIBUTOR_SIRET = "78502832300041";

	static final String LICENCE = "Licence Ouverte / Open Licence 2.0 (Etalab), "
			+ "https://www.etalab.gouv.fr/licence-ouverte-open-licence";

	private final BudgetService budget;

	SubsidiesOpenDataController(BudgetService budget) {
		this.budget = budget;
	}

	@GetMapping("/donnees/subventions.csv")
	ResponseEntity<String> subsidies() throws IOException {
		List<List<Object>> rows = new ArrayList<>();
		for (PublishedAward award : this.budget.publishedAwards()) {
			rows.add(row(award));
		}
		StringWriter out = new StringWriter();
		Csv.write(out, COLUMNS, rows);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"novapec-subventions.csv\"")
			.header(HttpHeaders.LINK, "<https://www.etalab.gouv.fr/licence-ouverte-open-licence>; rel=\"license\"")
			.header("X-License", LICENCE)
			.body(out.toString());
	}

	private static List<Object> row(PublishedAward award) {
		LocalDate decided = day(award.awardedAt());
		// A scheduled payment: the period from the first tranche paid to the last one paid so far, or the day of
		// the decision alone while none is paid (the schema allows a single date).
		String period = (award.firstPaidAt() != null) ? day(award.firstPaidAt()) + "/" + day(award.lastPaidAt())
				: decided.toString();
		List<Object> row = new ArrayList<>();
		row.add(ATTRIBUTOR_NAME);
		row.add(ATTRIBUTOR_SIRET);
		row.add(decided.toString());
		row.add(award.reference());
		row.add(award.organisationName());
		row.add(award.siret());
		row.add("");
		row.add(objet(award.title()));
		row.add(award.amount().setScale(2).toPlainString());
		row.add("aide en numéraire");
		row.add("échelonné");
		row.add(period);
		row.add("");
		row.add("non");
		row.add(BigDecimal.ONE.setScale(2).toPlainString());
		row.add("");
		return row;
	}

	/** The schema keeps an object under 256 characters. */
	private static String objet(String title) {
		return (title.length() > 255) ? title.substring(0, 254) + "…" : title;
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, Formats.PARIS);
	}

}
