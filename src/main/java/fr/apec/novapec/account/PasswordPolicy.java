package fr.apec.novapec.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be (CNIL's recommendation for a password alone): 12 to 128 characters of any
 * kind, not one of the common passwords shipped in {@code security/common-passwords.txt}, and not the
 * account's own e-mail address.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("security/common-passwords.txt");
	}

	/**
	 * The message code of the first rule the password breaks, or empty when it is acceptable.
	 * @param email the account's address, which the password must not repeat (may be null)
	 */
	public Optional<String> problem(String password, String email) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower)) {
			return Optional.of("password.common");
		}
		if (email != null && lower.strip().equals(email.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of("password.sameAsEmail");
		}
		return Optional.empty();
	}

	private static Set<String> load(String path) {
		Set<String> passwords = new HashSet<>(64_000);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isEmpty() && !line.startsWith("#")) {
					passwords.add(line.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common passwords is missing from the jar", ex);
		}
		return passwords;
	}

}
