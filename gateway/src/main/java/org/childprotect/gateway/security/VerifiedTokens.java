package org.childprotect.gateway.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Bearer tokens already verified (signature, issuer, audience, lifetime), remembered until they expire so that a
 * client sending the same token with every request is verified once, not on every request: checking an RS256
 * signature and parsing the claims was half of the gateway's own CPU time per proxied request (ADR 0011).
 * <p>
 * Never more permissive than verifying again: only a token that verified is remembered, a remembered token counts
 * only while strictly before its expiry (the verifier also tolerates a minute of clock skew past it), tokens
 * without an expiry are not remembered, and a token that fails is not remembered either. Bounded to
 * {@value #CAPACITY} tokens, the least recently used going first. Tokens are held in memory only, as the request
 * that carries one is; they are never logged.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

	static final int CAPACITY = 10_000;

	private final ReactiveJwtDecoder verifier;

	private final Clock clock;

	private final Map<String, Jwt> verified = new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Jwt> eldest) {
			return size() > CAPACITY;
		}

	};

	VerifiedTokens(ReactiveJwtDecoder verifier, Clock clock) {
		this.verifier = verifier;
		this.clock = clock;
	}

	@Override
	public Mono<Jwt> decode(String token) {
		Jwt known = recall(token);
		if (known != null) {
			return Mono.just(known);
		}
		return verifier.decode(token).doOnNext((jwt) -> remember(token, jwt));
	}

	private synchronized @Nullable Jwt recall(String token) {
		Jwt known = verified.get(token);
		if (known != null && !clock.instant().isBefore(known.getExpiresAt())) {
			verified.remove(token);
			return null;
		}
		return known;
	}

	private synchronized void remember(String token, Jwt jwt) {
		if (jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt())) {
			verified.put(token, jwt);
		}
	}

}
