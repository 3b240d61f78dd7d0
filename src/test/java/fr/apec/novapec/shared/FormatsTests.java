package fr.apec.novapec.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static fr.apec.novapec.support.Text.plainSpaces;
import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

	private final Formats formats = new Formats();

	@BeforeEach
	void french() {
		LocaleContextHolder.setLocale(Locale.FRANCE);
	}

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void wholeAmountsAreWrittenWithoutCents() {
		assertThat(plainSpaces(this.formats.money(new BigDecimal("4000000.00")))).isEqualTo("4 000 000 €");
	}

	@Test
	void amountsWithCentsKeepTwoDigits() {
		assertThat(plainSpaces(this.formats.money(new BigDecimal("15000.5")))).isEqualTo("15 000,50 €");
		assertThat(plainSpaces(this.formats.money(new BigDecimal("0.01")))).isEqualTo("0,01 €");
	}

	@Test
	void amountsToTheCentAlwaysKeepTwoDigitsAsALetterWritesThem() {
		assertThat(plainSpaces(this.formats.moneyToTheCent(new BigDecimal("45000")))).isEqualTo("45 000,00 €");
		assertThat(plainSpaces(this.formats.moneyToTheCent(new BigDecimal("13500.5")))).isEqualTo("13 500,50 €");
		assertThat(this.formats.moneyToTheCent(null)).isEmpty();
	}

	@Test
	void frenchAmountsUseNoBreakSpacesSoTheyNeverWrapMidNumber() {
		assertThat(this.formats.money(new BigDecimal("4000000"))).isEqualTo("4\u202F000\u202F000\u00A0€");
	}

	@Test
	void timesAreWrittenInParisTime() {
		assertThat(this.formats.time(Instant.parse("2026-11-26T13:32:00Z"))).isEqualTo("14:32");
		assertThat(this.formats.time(Instant.parse("2026-07-01T12:05:00Z"))).isEqualTo("14:05");
		assertThat(this.formats.time(null)).isEmpty();
	}

	@Test
	void instantsForTheDatetimeAttributeStopAtTheSecond() {
		assertThat(this.formats.datetime(Instant.parse("2026-12-01T23:25:38.504914Z"))).isEqualTo("2026-12-01T23:25:38Z");
		assertThat(this.formats.datetime(Instant.parse("2026-12-01T23:25:38Z"))).isEqualTo("2026-12-01T23:25:38Z");
		assertThat(this.formats.datetime(null)).isEmpty();
	}

	@Test
	void datesAreWrittenOutInFrench() {
		assertThat(this.formats.date(LocalDate.of(2026, 11, 26))).isEqualTo("26 novembre 2026");
		assertThat(this.formats.date(LocalDate.of(2024, 12, 1))).isEqualTo("1 décembre 2024");
	}

	@Test
	void instantsAreDatedOnParisTime() {
		assertThat(this.formats.date(Instant.parse("2026-11-25T23:30:00Z"))).isEqualTo("26 novembre 2026");
	}

	@Test
	void countsAreGrouped() {
		assertThat(plainSpaces(this.formats.number(10000))).isEqualTo("10 000");
		assertThat(this.formats.money(null)).isEmpty();
	}

	@Test
	void englishReadersGetEnglishFormats() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.money(new BigDecimal("4000000"))).isEqualTo("€4,000,000");
		assertThat(this.formats.date(LocalDate.of(2026, 11, 26))).isEqualTo("26 November 2026");
	}

}
