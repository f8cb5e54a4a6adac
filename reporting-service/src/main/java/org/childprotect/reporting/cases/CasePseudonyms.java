package org.childprotect.reporting.cases;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns a case id into a {@link CaseKey} with HMAC-SHA256 under a secret. A plain hash of a UUID could be reversed
 * by anyone who knows a case id; the keyed hash cannot without the secret, and it is stable across replays, which
 * the idempotent upsert needs.
 */
@Component
public class CasePseudonyms {

	private static final String ALGORITHM = "HmacSHA256";

	/** Short secrets make the pseudonyms guessable; 16 characters is the floor, not a recommendation. */
	static final int MINIMUM_SECRET_LENGTH = 16;

	/** 64 bits: collisions among the parts of one case are out of the question. */
	private static final int TOKEN_BYTES = 8;

	private final SecretKeySpec secret;

	@Autowired
	public CasePseudonyms(CaseFactsProperties properties) {
		this(properties.pseudonymSecret());
	}

	CasePseudonyms(String secret) {
		if (secret.length() < MINIMUM_SECRET_LENGTH) {
			throw new IllegalArgumentException(
					"reporting.pseudonym-secret must have at least " + MINIMUM_SECRET_LENGTH + " characters");
		}
		this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	public CaseKey keyOf(UUID caseId) {
		// The canonical lower-case form, so that "ABC..." and "abc..." of one case never become two facts.
		byte[] message = caseId.toString().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
		return new CaseKey(HexFormat.of().formatHex(newMac().doFinal(message)));
	}

	/**
	 * The pseudonymous key of a referral: keyed like a case, under a prefix of its own, so that a referral id and a
	 * case id can never share a key.
	 */
	public String referralKeyOf(UUID referralId) {
		byte[] message = ("referral:" + referralId.toString().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8);
		return HexFormat.of().formatHex(newMac().doFinal(message));
	}

	/**
	 * A short keyed token for the id of a part of a case (a consent, a service): lets later events about that part
	 * find it, without storing its id.
	 */
	public String tokenOf(String id) {
		byte[] message = ("part:" + id.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8);
		return HexFormat.of().formatHex(newMac().doFinal(message), 0, TOKEN_BYTES);
	}

	private Mac newMac() {
		// Mac instances are not thread-safe; creating one per call is cheap next to a database round trip.
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(secret);
			return mac;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is not available in this JVM", ex);
		}
	}

}
