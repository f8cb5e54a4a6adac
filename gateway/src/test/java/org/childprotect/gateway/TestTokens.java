package org.childprotect.gateway;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Keycloak does not run during these tests. Bearer tokens are decoded by a fixed table instead of Keycloak's keys
 * (the real bearer filter still runs); browser sessions come from {@code mockOidcLogin()}.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestTokens {

	static final String ISSUER = "http://localhost:8180/realms/childprotect";

	static final String ANALYST_TOKEN = "analyst-token";

	static final String WORKER_TOKEN = "worker-token";

	/** What spring-security-test's {@code mockOidcLogin()} stores as the session's access token. */
	static final String SESSION_ACCESS_TOKEN = "access-token";

	private static final Map<String, Map<String, Object>> TOKENS = Map.of(ANALYST_TOKEN,
			Map.of("sub", "a-1", "preferred_username", "analyst", "agency", "AG-MOSVY", "realm_access",
					Map.of("roles", List.of("ministry-analyst"))),
			WORKER_TOKEN, Map.of("sub", "w-1", "preferred_username", "worker.pp", "agency", "AG-DOSVY-PP", "district",
					List.of("KH-PP"), "realm_access", Map.of("roles", List.of("social-worker"))));

	@Bean
	ReactiveJwtDecoder testJwtDecoder() {
		return (token) -> {
			Map<String, Object> claims = TOKENS.get(token);
			if (claims == null) {
				return Mono.error(new BadJwtException("unknown test token"));
			}
			Instant now = Instant.now();
			return Mono.just(Jwt.withTokenValue(token)
				.header("alg", "RS256")
				.issuer(ISSUER)
				.audience(List.of("childprotect-api"))
				.issuedAt(now)
				.expiresAt(now.plusSeconds(300))
				.claims((c) -> c.putAll(claims))
				.build());
		};
	}

}
