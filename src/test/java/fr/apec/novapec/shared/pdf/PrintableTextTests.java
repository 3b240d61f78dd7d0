package fr.apec.novapec.shared.pdf;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** What the PDF's fonts cannot draw is written as its name, or left out when it only modifies a look. */
class PrintableTextTests {

	static byte[] font(String path) throws IOException {
		try (var in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
	}

	final PrintableText dejaVu;

	PrintableTextTests() throws IOException {
		this.dejaVu = PrintableText.forFonts(font("fonts/DejaVuSans.ttf"), font("fonts/DejaVuSans-Bold.ttf"));
	}

	@Test
	void frenchTextAndTypographicSpacesAreKeptAsTheyAre() {
		String text = "Œuvres « été » à 120\u202F000\u00A0€ — l’égalité…\nDeuxième ligne\tfin";
		assertThat(this.dejaVu.of(text)).isSameAs(text);
		assertThat(this.dejaVu.of(null)).isNull();
	}

	@Test
	void emojiTheFontsLackAreWrittenAsTheirNameAndTheirModifiersLeftOut() {
		assertThat(this.dejaVu.of("Jardins 🌻 🚀")).isEqualTo("Jardins [sunflower] [rocket]");
		// DejaVu Sans draws the emoticons of Unicode's first emoji block: they stay.
		assertThat(this.dejaVu.of("Merci 😊")).isEqualTo("Merci 😊");
		assertThat(this.dejaVu.of("👍🏽 bravo")).isEqualTo("[thumbs up sign] bravo");
		// The joiner between two emoji is kept: DejaVu Sans has it, and draws nothing for it.
		assertThat(this.dejaVu.of("👩\u200D💻")).isEqualTo("[woman]\u200D[personal computer]");
		assertThat(new PrintableText((codePoint) -> codePoint < 128).of("👩\u200D💻 ok")).isEqualTo("[woman][personal computer] ok");
	}

	@Test
	void aCharacterWithNoGlyphIsNeverPrintedAsIs() {
		PrintableText asciiOnly = new PrintableText((codePoint) -> codePoint < 128);
		assertThat(asciiOnly.of("café")).isEqualTo("caf[latin small letter e with acute]");
		assertThat(asciiOnly.of("a\u0301")).isEqualTo("a");
		assertThat(asciiOnly.of("\u0378")).isEqualTo("[U+0378]");
	}

}
