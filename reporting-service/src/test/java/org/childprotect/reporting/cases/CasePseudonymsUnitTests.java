package org.childprotect.reporting.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class CasePseudonymsUnitTests {

	private static final UUID CASE_ID = UUID.fromString("0b6f6a8e-2d7c-4f59-9b1e-5c3a1d2e4f60");

	private final CasePseudonyms pseudonyms = new CasePseudonyms("reporting-test-secret-0123456789");

	@Test
	void theSameCaseAlwaysGetsTheSameKeySoReplaysMeetTheirFact() {
		assertThat(pseudonyms.keyOf(CASE_ID)).isEqualTo(pseudonyms.keyOf(UUID.fromString(CASE_ID.toString())));
		assertThat(new CasePseudonyms("reporting-test-secret-0123456789").keyOf(CASE_ID))
			.isEqualTo(pseudonyms.keyOf(CASE_ID));
	}

	@Test
	void differentCasesGetDifferentKeys() {
		assertThat(pseudonyms.keyOf(UUID.randomUUID())).isNotEqualTo(pseudonyms.keyOf(UUID.randomUUID()));
	}

	@Test
	void theKeyIsAnHmacSha256HexDigestThatDoesNotContainTheCaseId() {
		String key = pseudonyms.keyOf(CASE_ID).value();

		assertThat(key).matches("[0-9a-f]{64}");
		assertThat(key).doesNotContain(CASE_ID.toString()).doesNotContain(CASE_ID.toString().replace("-", ""));
	}

	@Test
	void theKeyCannotBeRecomputedWithoutTheSecret() throws Exception {
		String plainHash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(CASE_ID.toString().getBytes(StandardCharsets.UTF_8)));

		assertThat(pseudonyms.keyOf(CASE_ID).value()).isNotEqualTo(plainHash);
		assertThat(new CasePseudonyms("another-secret-of-enough-length").keyOf(CASE_ID))
			.isNotEqualTo(pseudonyms.keyOf(CASE_ID));
	}

	@Test
	void theKeyIsTheHmacSha256OfTheLowerCaseCaseIdUnderTheSecret() throws Exception {
		// Computed independently, so that a future rebuild tool can derive the same keys from the same secret.
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec("reporting-test-secret-0123456789".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String expected = HexFormat.of()
			.formatHex(mac.doFinal("0b6f6a8e-2d7c-4f59-9b1e-5c3a1d2e4f60".getBytes(StandardCharsets.UTF_8)));

		assertThat(pseudonyms.keyOf(CASE_ID).value()).isEqualTo(expected);
	}

	@Test
	void aShortSecretIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CasePseudonyms("too-short"))
			.withMessageContaining("reporting.pseudonym-secret");
	}

}
