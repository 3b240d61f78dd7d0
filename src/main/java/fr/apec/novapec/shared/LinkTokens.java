package fr.apec.novapec.shared;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret tokens that links sent by mail carry (address confirmation, password reset, invitations):
 * 256 random bits, URL-safe. Only their SHA-256 is kept, so that a copy of the database gives no working
 * link. Written once for every module that mails such a link.
 */
public final class LinkTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private LinkTokens() {
	}

	/** A new token: 256 random bits in URL-safe Base64 without padding (43 characters). */
	public static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** What is kept of a token: its SHA-256 in lower-case hexadecimal. */
	public static String hash(String token) {
		return Sha256.hex(token);
	}

}
