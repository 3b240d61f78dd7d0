package fr.apec.novapec.application.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where an amount typed in a form becomes a {@link BigDecimal} of scale 2, and back. It
 * reads French habits and plain ones alike: {@code 15 000}, {@code 15 000,50 €}, {@code 15000.50},
 * {@code 15 000,5}, with ordinary, no-break (U+00A0) or narrow no-break (U+202F) spaces between thousands.
 * It never goes through a {@code double}.
 */
final class Amounts {

	/** The largest amount a {@code numeric(14,2)} column holds has 12 digits before the decimal mark. */
	private static final int MAX_INTEGER_DIGITS = 12;

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007]+");

	private static final Pattern NUMBER = Pattern.compile("(-)?([0-9]+)(?:[.,]([0-9]*))?");

	/**
	 * Thousands grouped by dots, as German or Italian habits write them ({@code 1.500}, {@code 15.000,50}):
	 * read as decimals it would be a thousand times less, so it is refused with the way to write it.
	 */
	private static final Pattern THOUSANDS_DOTS = Pattern.compile("[1-9][0-9]{0,2}(?:\\.[0-9]{3})+(,[0-9]{1,2})?");

	private Amounts() {
	}

	/** Why a text is not an amount; each is a message key {@code application.amount.<name>}. */
	enum Problem {

		INVALID, NEGATIVE, TOO_MANY_DECIMALS, TOO_LARGE, THOUSANDS_DOTS;

		String messageKey() {
			return switch (this) {
				case INVALID -> "application.amount.invalid";
				case NEGATIVE -> "application.amount.negative";
				case TOO_MANY_DECIMALS -> "application.amount.tooManyDecimals";
				case TOO_LARGE -> "application.amount.tooLarge";
				case THOUSANDS_DOTS -> "application.amount.thousandsDots";
			};
		}

	}

	/** A text that is not an acceptable amount. */
	static final class InvalidAmountException extends IllegalArgumentException {

		private final Problem problem;

		private final Object[] arguments;

		InvalidAmountException(String text, Problem problem, Object... arguments) {
			super("Not an amount (" + problem + "): " + text);
			this.problem = problem;
			this.arguments = arguments;
		}

		Problem problem() {
			return this.problem;
		}

		/** The arguments of the problem's message: for {@link Problem#THOUSANDS_DOTS}, the amount written with a space and without. */
		Object[] arguments() {
			return this.arguments.clone();
		}

	}

	/**
	 * The amount in this text, with scale 2; null for a blank text.
	 * @throws InvalidAmountException when the text is not a positive or zero amount with at most two decimals
	 */
	static BigDecimal parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String compact = SPACES.matcher(text.strip()).replaceAll("");
		if (compact.endsWith("€")) {
			compact = compact.substring(0, compact.length() - 1);
		}
		else if (compact.toUpperCase(Locale.ROOT).endsWith("EUR")) {
			compact = compact.substring(0, compact.length() - 3);
		}
		if (THOUSANDS_DOTS.matcher(compact).matches()) {
			throw new InvalidAmountException(text, Problem.THOUSANDS_DOTS, compact.replace('.', ' '),
					compact.replace(".", ""));
		}
		Matcher matcher = NUMBER.matcher(compact);
		if (!matcher.matches()) {
			throw new InvalidAmountException(text, Problem.INVALID);
		}
		String decimals = (matcher.group(3) != null) ? matcher.group(3) : "";
		BigDecimal amount = new BigDecimal(matcher.group(2) + (decimals.isEmpty() ? "" : "." + decimals));
		if (matcher.group(1) != null && amount.signum() != 0) {
			throw new InvalidAmountException(text, Problem.NEGATIVE);
		}
		if (decimals.length() > 2) {
			throw new InvalidAmountException(text, Problem.TOO_MANY_DECIMALS);
		}
		if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
			throw new InvalidAmountException(text, Problem.TOO_LARGE);
		}
		return amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	/**
	 * The amount as a form shows it, the way {@code Formats.money} writes it in French but without the
	 * euro sign: {@code 15 000} or {@code 15 000,50}; empty for null.
	 */
	static String format(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		boolean whole = amount.stripTrailingZeros().scale() <= 0;
		DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.FRANCE));
		format.setRoundingMode(RoundingMode.HALF_EVEN);
		return format.format(amount);
	}

}
