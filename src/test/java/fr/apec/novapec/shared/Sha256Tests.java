package fr.apec.novapec.shared;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one SHA-256 helper gives the standard digests, in the lower-case hexadecimal the columns check. */
class Sha256Tests {

	@Test
	void givesTheStandardDigestsInLowerCaseHexadecimal() {
		assertThat(Sha256.hex(new byte[0]))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(Sha256.hex("abc")).isEqualTo(Sha256.hex("abc".getBytes(StandardCharsets.UTF_8)))
			.matches("[0-9a-f]{64}");
	}

}
