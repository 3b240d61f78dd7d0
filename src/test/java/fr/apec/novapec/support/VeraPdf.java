package fr.apec.novapec.support;

import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF, the reference PDF/A and PDF/UA validator, run on a PDF in memory with its own parser (the
 * "greenfield" one, which shares no code with the PDFBox that wrote the file).
 */
public final class VeraPdf {

	/** How many failed checks of each rule veraPDF keeps with their place and message (the count is exact). */
	private static final int DISPLAYED_FAILURES = 10;

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	/** What veraPDF says of this PDF against every rule of this flavour (PDF/A-3u, PDF/UA-1…). */
	public static ValidationResult validate(byte[] pdf, PDFAFlavour flavour) {
		try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
				PDFAValidator validator = Foundries.defaultInstance()
					.createValidator(flavour, DISPLAYED_FAILURES, false, true, false)) {
			return validator.validate(parser);
		}
		catch (Exception ex) {
			throw new IllegalStateException("veraPDF could not validate the PDF as " + flavour, ex);
		}
	}

	/**
	 * The rules the PDF breaks, one paragraph each, so that a failed test says what to fix: the clause
	 * and test number of the standard, how many times it fails, the rule's description, and the first
	 * place where it fails with veraPDF's own message.
	 */
	public static String failures(ValidationResult result) {
		Map<RuleId, TestAssertion> first = new LinkedHashMap<>();
		for (TestAssertion assertion : result.getTestAssertions()) {
			if (assertion.getStatus() == TestAssertion.Status.FAILED) {
				first.putIfAbsent(assertion.getRuleId(), assertion);
			}
		}
		return result.getFailedChecks()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(Comparator.comparing(RuleId::getClause)
				.thenComparingInt(RuleId::getTestNumber)))
			.map((failed) -> {
				RuleId id = failed.getKey();
				Rule rule = result.getValidationProfile().getRuleByRuleId(id);
				TestAssertion example = first.get(id);
				return "- " + id.getSpecification().getId() + " clause " + id.getClause() + " test "
						+ id.getTestNumber() + " (" + failed.getValue() + " failed checks): "
						+ ((rule != null) ? rule.getDescription() : "?")
						+ ((example != null) ? "\n    first at " + example.getLocation().getContext() + ": "
								+ example.getErrorMessage() : "");
			})
			.collect(Collectors.joining("\n", "veraPDF finds the PDF not " + result.getPDFAFlavour() + " compliant:\n",
					""));
	}

	private VeraPdf() {
	}

}
