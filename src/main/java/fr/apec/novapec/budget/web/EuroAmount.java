package fr.apec.novapec.budget.web;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount in euros as an administrator types it on the budget page: {@code 4 000 000}, {@code 4000000,50},
 * {@code 4 000 000 €} (ordinary or no-break spaces), at most 12 digits before the decimal mark and 2 after;
 * read without a double.
 */
final class EuroAmount {

	private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,12}([.,][0-9]{1,2})?");

	private EuroAmount() {
	}

	/** The amount of scale 2, or empty when the text is not one. */
	static Optional<BigDecimal> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String plain = text.replaceAll("[\\s\\u00A0\\u202F€]", "");
		return AMOUNT.matcher(plain).matches()
				? Optional.of(new BigDecimal(plain.replace(',', '.')).setScale(2)) : Optional.empty();
	}

}
