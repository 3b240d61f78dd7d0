package fr.apec.novapec.shared;

import java.util.Locale;

/**
 * The one way the portal reads an e-mail address, wherever it is typed (sign-up, login, invitations, the
 * account page) and wherever it is looked up or counted (accounts, memberships, login attempts): control and
 * invisible characters are dropped wherever they are, white space of any kind around it too, the rest is in
 * lower case, and a final dot of the domain goes. Two spellings that reach the same account therefore always reach
 * the same lockout and the same throttle.
 */
public final class EmailAddresses {

	/** The longest address a form accepts (RFC 5321's path limit). */
	public static final int MAX_LENGTH = 254;

	/** The longest text kept as a key for anything typed in an address field, valid or not. */
	static final int MAX_KEY_LENGTH = 320;

	private EmailAddresses() {
	}

	/** The address as the portal keys on it; never null (an empty string for nothing typed). */
	public static String normalise(String typed) {
		if (typed == null) {
			return "";
		}
		String address = trim(printable(typed)).toLowerCase(Locale.ROOT);
		while (address.endsWith(".")) {
			address = trim(address.substring(0, address.length() - 1));
		}
		return (address.length() > MAX_KEY_LENGTH) ? address.substring(0, MAX_KEY_LENGTH) : address;
	}

	/**
	 * Whether what was typed holds a character that no address may hold, anywhere: a control character (NUL,
	 * tab, escape…) or an invisible format character (zero-width space, bidirectional controls…). Such input
	 * is refused, never cleaned into a valid address.
	 */
	public static boolean hasForbiddenCharacters(String typed) {
		return typed != null && typed.codePoints().anyMatch(EmailAddresses::forbidden);
	}

	/**
	 * Whether what was typed is an address the portal accepts: nothing forbidden in it and, once normalised,
	 * one {@code @} between a local part of at most 64 characters and a domain of dotted labels, no space
	 * inside, {@link #MAX_LENGTH} characters at most.
	 */
	public static boolean isValid(String typed) {
		if (typed == null || hasForbiddenCharacters(typed)) {
			return false;
		}
		String address = normalise(typed);
		int at = address.indexOf('@');
		if (address.length() > MAX_LENGTH || at < 1 || at != address.lastIndexOf('@') || at > 64) {
			return false;
		}
		if (address.codePoints().anyMatch((c) -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
			return false;
		}
		String domain = address.substring(at + 1);
		if (!domain.contains(".") || domain.startsWith(".") || domain.contains("..")) {
			return false;
		}
		return address.substring(0, at).chars().noneMatch((c) -> c == '(' || c == ')' || c == ',' || c == ';'
				|| c == ':' || c == '<' || c == '>' || c == '[' || c == ']' || c == '\\' || c == '"');
	}

	/** What was typed, without the characters no address may hold and no longer than a key: to show it again. */
	public static String printable(String typed) {
		if (typed == null) {
			return "";
		}
		StringBuilder kept = new StringBuilder();
		typed.codePoints().filter((c) -> !forbidden(c)).forEach(kept::appendCodePoint);
		return (kept.length() > MAX_KEY_LENGTH) ? kept.substring(0, MAX_KEY_LENGTH) : kept.toString();
	}

	private static String trim(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && ignorable(text.codePointAt(start))) {
			start += Character.charCount(text.codePointAt(start));
		}
		while (end > start && ignorable(text.codePointBefore(end))) {
			end -= Character.charCount(text.codePointBefore(end));
		}
		return text.substring(start, end);
	}

	private static boolean ignorable(int c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || forbidden(c);
	}

	private static boolean forbidden(int c) {
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.FORMAT;
	}

}
