package org.childprotect.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokensUnitTests {

	private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

	private final MovableClock clock = new MovableClock(NOW);

	private final List<String> verifications = new ArrayList<>();

	/** Verifies "good-*" tokens, valid five minutes from now, and "forever-*" tokens without an expiry. */
	private final ReactiveJwtDecoder verifier = (token) -> {
		verifications.add(token);
		if (token.startsWith("good-")) {
			return Mono.just(jwt(token, NOW.plus(Duration.ofMinutes(5))));
		}
		if (token.startsWith("forever-")) {
			return Mono.just(jwt(token, null));
		}
		return Mono.error(new BadJwtException("bad signature"));
	};

	private final VerifiedTokens tokens = new VerifiedTokens(verifier, clock);

	@Test
	void aTokenSentAgainIsNotVerifiedAgainUntilItExpires() {
		assertThat(tokens.decode("good-1").block().getSubject()).isEqualTo("good-1");
		clock.now = NOW.plus(Duration.ofMinutes(4));
		assertThat(tokens.decode("good-1").block().getSubject()).isEqualTo("good-1");
		assertThat(verifications).containsExactly("good-1");

		clock.now = NOW.plus(Duration.ofMinutes(5));
		tokens.decode("good-1").block();
		assertThat(verifications).as("at its expiry the verifier decides again").containsExactly("good-1", "good-1");
	}

	@Test
	void tokensThatFailOrNeverExpireAreVerifiedEveryTime() {
		for (int i = 0; i < 2; i++) {
			assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
			tokens.decode("forever-1").block();
		}
		assertThat(verifications).containsExactly("forged", "forever-1", "forged", "forever-1");
	}

	@Test
	void onlyTheMostRecentlyUsedTokensAreKept() {
		tokens.decode("good-first").block();
		for (int i = 0; i < VerifiedTokens.CAPACITY; i++) {
			tokens.decode("good-" + i).block();
		}
		verifications.clear();
		tokens.decode("good-" + (VerifiedTokens.CAPACITY - 1)).block();
		tokens.decode("good-first").block();
		assertThat(verifications).containsExactly("good-first");
	}

	private static Jwt jwt(String subject, @Nullable Instant expiresAt) {
		Jwt.Builder jwt = Jwt.withTokenValue(subject).header("alg", "RS256").subject(subject).issuedAt(NOW);
		if (expiresAt != null) {
			jwt.expiresAt(expiresAt);
		}
		return jwt.build();
	}

	private static final class MovableClock extends Clock {

		Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
