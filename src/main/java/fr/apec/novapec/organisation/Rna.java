package fr.apec.novapec.organisation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The number of an association in the Répertoire national des associations: the letter W and nine
 * digits ({@code W751234567}). Associations of Alsace-Moselle are not in this register (see
 * {@link Registration}).
 *
 * @param value the number in capitals, without spaces
 */
public record Rna(String value) {

	private static final Pattern FORMAT = Pattern.compile("W[0-9]{9}");

	public Rna {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a valid RNA number");
		}
	}

	/**
	 * The RNA number in what a person typed: spaces are ignored and a lower-case w accepted.
	 * @return empty when it is not W and nine digits
	 */
	public static Optional<Rna> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String value = typed.replaceAll("[\\s\\u00A0\\u202F]", "").toUpperCase(Locale.ROOT);
		return FORMAT.matcher(value).matches() ? Optional.of(new Rna(value)) : Optional.empty();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
