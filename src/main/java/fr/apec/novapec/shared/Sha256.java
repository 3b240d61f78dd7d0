package fr.apec.novapec.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 digest the portal keeps beside every stored file (and of the tokens sent by mail), in
 * lower-case hexadecimal: the form the database columns check ({@code ^[0-9a-f]{64}$}). Written once, so
 * that every module computes it the same way.
 */
public final class Sha256 {

	private Sha256() {
	}

	/** The SHA-256 of these bytes, 64 lower-case hexadecimal characters. */
	public static String hex(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** The SHA-256 of the UTF-8 bytes of this text, 64 lower-case hexadecimal characters. */
	public static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}

}
