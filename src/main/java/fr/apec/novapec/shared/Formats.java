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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

	// The formats of each locale met, made once (a list formats dozens of amounts and dates per page).
	private static final Map<MoneyKey, NumberFormat> MONEY = new ConcurrentHashMap<>();

	private static final Map<Locale, NumberFormat> COUNTS = new ConcurrentHashMap<>();

	private static final Map<Locale, DateTimeFormatter> DAYS = new ConcurrentHashMap<>();

	private static final Map<Locale, DateTimeFormatter> TIMES = new ConcurrentHashMap<>();

	/** An amount in euros; whole amounts show no cents ({@code 4 000 000 €}), others two digits. */
	public String money(BigDecimal amount) {
		return (amount == null) ? "" : euros(amount, amount.stripTrailingZeros().scale() <= 0);
	}

	/** An amount in euros to the cent, as a letter or a convention writes it ({@code 45 000,00 €}). */
	public String moneyToTheCent(BigDecimal amount) {
		return (amount == null) ? "" : euros(amount, false);
	}

	private static NumberFormat moneyFormat(MoneyKey key) {
		NumberFormat format = NumberFormat.getCurrencyInstance(key.locale());
		format.setCurrency(Currency.getInstance("EUR"));
		format.setMinimumFractionDigits(key.whole() ? 0 : 2);
		format.setMaximumFractionDigits(key.whole() ? 0 : 2);
		format.setRoundingMode(RoundingMode.HALF_EVEN);
		return format;
	}

	private record MoneyKey(Locale locale, boolean whole) {
	}

	/** A count with the locale's grouping ({@code 10 000}). */
	public String number(Number value) {
		return (value == null) ? ""
				: ((NumberFormat) COUNTS.computeIfAbsent(locale(), NumberFormat::getIntegerInstance).clone()).format(value);
	}

	/** A date written out ({@code 26 novembre 2026}). */
	public String date(LocalDate date) {
		return (date == null) ? ""
				: DAYS.computeIfAbsent(locale(), (locale) -> DateTimeFormatter.ofPattern("d MMMM uuuu", locale)).format(date);
	}

	/** The day of an instant, in Paris time ({@code 26 novembre 2026}). */
	public String date(Instant instant) {
		return (instant == null) ? "" : date(LocalDate.ofInstant(instant, PARIS));
	}

	/** The hour and minute of an instant, in Paris time ({@code 14:32}). */
	public String time(Instant instant) {
		return (instant == null) ? "" : TIMES.computeIfAbsent(locale(), (locale) -> DateTimeFormatter.ofPattern("HH:mm", locale))
			.format(instant.atZone(PARIS));
	}

	/**
	 * An instant for the {@code datetime} attribute of {@code <time>}, to the second, in UTC
	 * ({@code 2026-11-26T13:32:05Z}): HTML allows at most three digits of a second, and PostgreSQL keeps six.
	 */
	public String datetime(Instant instant) {
		return (instant == null) ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	private static String euros(BigDecimal amount, boolean whole) {
		// A copy of the locale's format made once: building one per amount cost more than the rest of a list's
		// rendering. NumberFormat is not thread-safe, hence the copy per call.
		NumberFormat format = (NumberFormat) MONEY.computeIfAbsent(new MoneyKey(locale(), whole), Formats::moneyFormat)
			.clone();
		return format.format(amount);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
