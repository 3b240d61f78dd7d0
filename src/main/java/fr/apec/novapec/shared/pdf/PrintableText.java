package fr.apec.novapec.shared.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Text as the PDF's embedded fonts can draw it. A character neither DejaVu Sans nor its bold has a glyph
 * for (most emoji: « 😊 », « 🚀 ») would come out as « # »: it is written instead as its Unicode name in
 * brackets, « [smiling face with smiling eyes] », so that the reader sees what was typed and never a wrong
 * glyph. What only changes the look of the character before it (variation selectors, joiners, skin tones)
 * is left out when the fonts cannot draw it. Spaces and line breaks are kept as they are.
 */
final class PrintableText {

	private final IntPredicate drawable;

	PrintableText(IntPredicate drawable) {
		this.drawable = drawable;
	}

	/** The characters every one of these TrueType fonts can draw. */
	static PrintableText forFonts(byte[]... fonts) {
		IntPredicate drawable = (codePoint) -> true;
		for (byte[] bytes : fonts) {
			try {
				Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
				drawable = drawable.and(font::canDisplay);
			}
			catch (FontFormatException ex) {
				throw new IllegalStateException("A font of the PDF is not a TrueType font", ex);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return new PrintableText(drawable);
	}

	/** The text with each character the fonts cannot draw written as its name, or left out (see above). */
	String of(String text) {
		if (text == null || text.codePoints().allMatch(this::keptAsIs)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 32);
		text.codePoints().forEach((codePoint) -> {
			if (keptAsIs(codePoint)) {
				out.appendCodePoint(codePoint);
			}
			else if (!modifier(codePoint)) {
				String name = Character.getName(codePoint);
				out.append('[')
					.append((name != null) ? name.toLowerCase(Locale.ROOT) : String.format("U+%04X", codePoint))
					.append(']');
			}
		});
		return out.toString();
	}

	private boolean keptAsIs(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || this.drawable.test(codePoint);
	}

	/** Whether the character only changes how the one before it looks. */
	private static boolean modifier(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF);
	}

}
