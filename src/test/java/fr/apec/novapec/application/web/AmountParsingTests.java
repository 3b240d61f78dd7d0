package fr.apec.novapec.application.web;

import java.math.BigDecimal;
import java.util.Locale;

import fr.apec.novapec.shared.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Amounts typed the French way or the plain way become exact euros with two decimals; anything else is refused. */
class AmountParsingTests {

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', value = { "15 000|15000.00", "15 000,50 €|15000.50", "15000.50|15000.50",
			"15 000,5|15000.50", "15\u00A0000,50\u00A0€|15000.50", "15\u202F000,50\u202F€|15000.50",
			"  4 000 000  |4000000.00", "0|0.00", "12,|12.00", "7 EUR|7.00", "999999999999,99|999999999999.99" })
	void readsFrenchAndPlainAmounts(String typed, String expected) {
		BigDecimal amount = Amounts.parse(typed);
		assertThat(amount).isEqualTo(new BigDecimal(expected));
		assertThat(amount.scale()).isEqualTo(2);
	}

	@Test
	void aBlankFieldIsNoAmount() {
		assertThat(Amounts.parse(null)).isNull();
		assertThat(Amounts.parse("  ")).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "15 000 abc", "1,000.50", "€", ",50", "1e5", "15-000", "--5", "0x10" })
	void refusesGarbage(String typed) {
		assertThatExceptionOfType(Amounts.InvalidAmountException.class).isThrownBy(() -> Amounts.parse(typed))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Amounts.Problem.INVALID));
	}

	@ParameterizedTest(name = "\"{0}\" is to be written \"{1}\" or \"{2}\"")
	@CsvSource(delimiter = '|', value = { "1.500|1 500|1500", "15.000,50|15 000,50|15000,50", "2.000.000 €|2 000 000|2000000",
			"120.000|120 000|120000" })
	void refusesDotsBetweenThousandsSayingHowToWriteTheAmount(String typed, String spaced, String plain) {
		assertThatExceptionOfType(Amounts.InvalidAmountException.class).isThrownBy(() -> Amounts.parse(typed))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Amounts.Problem.THOUSANDS_DOTS))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly(spaced, plain));
	}

	@ParameterizedTest
	@ValueSource(strings = { "-1", "-15 000,50 €", "- 200" })
	void refusesNegativeAmounts(String typed) {
		assertThatExceptionOfType(Amounts.InvalidAmountException.class).isThrownBy(() -> Amounts.parse(typed))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Amounts.Problem.NEGATIVE));
	}

	@ParameterizedTest
	@ValueSource(strings = { "15 000,505", "0.001", "1,999" })
	void refusesMoreThanTwoDecimals(String typed) {
		assertThatExceptionOfType(Amounts.InvalidAmountException.class).isThrownBy(() -> Amounts.parse(typed))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Amounts.Problem.TOO_MANY_DECIMALS));
	}

	@Test
	void refusesAmountsTheDatabaseCannotHold() {
		assertThatExceptionOfType(Amounts.InvalidAmountException.class)
			.isThrownBy(() -> Amounts.parse("1 000 000 000 000"))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Amounts.Problem.TOO_LARGE));
	}

	@Test
	void showsAmountsBackTheWayFormatsMoneyWritesThemWithoutTheEuroSign() {
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(Locale.FRANCE);
		try {
			Formats formats = new Formats();
			for (String amount : new String[] { "15000.50", "4000000.00", "0.00", "1234567.05", "12.30" }) {
				BigDecimal value = new BigDecimal(amount);
				String shown = Amounts.format(value);
				assertThat(formats.money(value)).isEqualTo(shown + "\u00A0€");
				assertThat(Amounts.parse(shown)).isEqualTo(value.setScale(2));
			}
			assertThat(Amounts.format(new BigDecimal("15000.50"))).isEqualTo("15\u202F000,50");
			assertThat(Amounts.format(null)).isEmpty();
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}

}
