package fr.apec.novapec.organisation;

import java.util.Optional;

/**
 * A SIRET number: the 14 digits that identify an establishment (its 9-digit SIREN, then a 5-digit
 * NIC). The last digit is a Luhn check digit, except for La Poste (SIREN 356000000), whose
 * establishments are numbered so that the sum of the 14 digits is a multiple of 5.
 *
 * @param value the 14 digits, without spaces
 */
public record Siret(String value) {

	/** The SIREN of La Poste, whose establishments escape the Luhn check. */
	public static final String LA_POSTE_SIREN = "356000000";

	public Siret {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a valid SIRET");
		}
	}

	/**
	 * The SIRET in what a person typed: spaces (ordinary or no-break) between the digits are allowed.
	 * @return empty when it is not 14 digits or fails its check
	 */
	public static Optional<Siret> parse(String typed) {
		String digits = normalise(typed);
		return isValid(digits) ? Optional.of(new Siret(digits)) : Optional.empty();
	}

	/** What was typed without its spaces; {@code null} stays {@code null}. */
	public static String normalise(String typed) {
		return (typed == null) ? null : typed.replaceAll("[\\s\\u00A0\\u202F]", "");
	}

	/** Whether these are 14 digits that pass the check (Luhn, or the La Poste rule). */
	public static boolean isValid(String digits) {
		if (digits == null || digits.length() != 14) {
			return false;
		}
		for (int i = 0; i < digits.length(); i++) {
			if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
				return false;
			}
		}
		if (digits.startsWith(LA_POSTE_SIREN)) {
			return digitSum(digits) % 5 == 0;
		}
		return luhnSum(digits) % 10 == 0;
	}

	/** The SIREN, the first nine digits: the legal unit the establishment belongs to. */
	public String siren() {
		return this.value.substring(0, 9);
	}

	/** The Luhn sum: from the right, every second digit is doubled (minus 9 when over 9). */
	static int luhnSum(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum;
	}

	private static int digitSum(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			sum += digits.charAt(i) - '0';
		}
		return sum;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
