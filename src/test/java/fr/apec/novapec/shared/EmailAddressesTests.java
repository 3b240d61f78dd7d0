package fr.apec.novapec.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every spelling of an address reads as one key; control and invisible characters make it invalid. */
class EmailAddressesTests {

	@ParameterizedTest
	@ValueSource(strings = { "marie@exemple.fr", "MARIE@Exemple.FR", "  marie@exemple.fr  ", "\tmarie@exemple.fr",
			"marie@exemple.fr\u0001", "\u0001marie@exemple.fr", "marie@exemple.fr\u001B", "marie@exemple.fr\u0000",
			"\u00A0marie@exemple.fr\u202F", "\u3000marie@exemple.fr\u2007", "\u200Bmarie@exemple.fr\uFEFF",
			"marie@exemple.fr.", "Marie@Exemple.fr. ", "mar\u0001ie@exemple.fr", "marie@exemple.fr\u202E" })
	void everySpellingOfAnAddressHasTheSameKey(String spelling) {
		assertThat(EmailAddresses.normalise(spelling)).isEqualTo("marie@exemple.fr");
	}

	@ParameterizedTest
	@ValueSource(strings = { "marie@exemple.fr", " Marie@Exemple.fr ", "marie@exemple.fr.", "prénom.nom@exemple.fr",
			"a+b@sous.domaine.exemple.org", "\u00A0marie@exemple.fr" })
	void plainAddressesAreValid(String address) {
		assertThat(EmailAddresses.isValid(address)).as(address).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "marie@exemple.fr\u0001", "\tmarie@exemple.fr", "marie@exemple.fr\u0000",
			"\u200Bmarie@exemple.fr", "marie@exemple.fr\u202E", "mar\u001Bie@exemple.fr", "marie", "marie@exemple",
			"@exemple.fr", "marie@@exemple.fr", "ma rie@exemple.fr", "marie@exemple..fr", "marie@.exemple.fr",
			"<marie@exemple.fr>", "\"marie\"@exemple.fr", "" })
	void addressesWithControlCharactersOrWithoutShapeAreInvalid(String address) {
		assertThat(EmailAddresses.isValid(address)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(ints = { 254, 255, 400 })
	void anAddressLongerThan254CharactersIsInvalid(int length) {
		String address = "a".repeat(60) + "@" + "b".repeat(length - 64) + ".fr";
		assertThat(address).hasSize(length);
		assertThat(EmailAddresses.isValid(address)).isEqualTo(length <= 254);
	}

}
