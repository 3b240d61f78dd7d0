package fr.apec.novapec.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place where money, counts and dates become text, in the reader's locale (French by
 * default): {@code 4 000 000 €}, {@code 15 000,50 €}, {@code 26 novembre 2026}. Templates call it as
 * {@code ${@formats.money(amount)}}.
 */
@Component("formats")
public class Formats {

	/** The portal's time zone: Apec and its committees work on Paris time. */
	public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** An amount in euros; whole amounts show no cents ({@code 4 000 000 €}), others two digits. */
	public String money(BigDecimal amount) {
		return (amount == null) ? "" : euros(amount, (amount.stripTrailingZeros().scale() <= 0) ? 0 : 2);
	}

	/** An amount in euros to the cent, as a letter or a convention writes it ({@code 45 000,00 €}). */
	public String moneyToTheCent(BigDecimal amount) {
		return (amount == null) ? "" : euros(amount, 2);
	}

	/** A count with the locale's grouping ({@code 10 000}). */
	public String number(Number value) {
		return (value == null) ? "" : NumberFormat.getIntegerInstance(locale()).format(value);
	}

	/** A date written out ({@code 26 novembre 2026}). */
	public String date(LocalDate date) {
		return (date == null) ? "" : DateTimeFormatter.ofPattern("d MMMM uuuu", locale()).format(date);
	}

	/** The day of an instant, in Paris time ({@code 26 novembre 2026}). */
	public String date(Instant instant) {
		return (instant == null) ? "" : date(LocalDate.ofInstant(instant, PARIS));
	}

	/** The hour and minute of an instant, in Paris time ({@code 14:32}). */
	public String time(Instant instant) {
		return (instant == null) ? "" : DateTimeFormatter.ofPattern("HH:mm", locale()).format(instant.atZone(PARIS));
	}

	/**
	 * An instant for the {@code datetime} attribute of {@code <time>}, to the second, in UTC
	 * ({@code 2026-11-26T13:32:05Z}): HTML allows at most three digits of a second, and PostgreSQL keeps six.
	 */
	public String datetime(Instant instant) {
		return (instant == null) ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	private static String euros(BigDecimal amount, int digits) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale());
		format.setCurrency(Currency.getInstance("EUR"));
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		format.setRoundingMode(RoundingMode.HALF_EVEN);
		return format.format(amount);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
