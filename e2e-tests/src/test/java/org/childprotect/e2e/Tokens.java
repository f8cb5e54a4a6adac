package org.childprotect.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real access tokens from the running Keycloak. Password grants cost ~100 ms of hashing each, so every user's
 * token is fetched once per test run (tokens live 10 minutes, longer than the suite).
 */
final class Tokens {

	private static final String TEST_CLIENT = "childprotect-tests";

	private static final String TEST_SECRET = "tests-dev-secret";

	private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

	private Tokens() {
	}

	static String of(String username) {
		return CACHE.computeIfAbsent(username, user -> fetch(Map.of("grant_type", "password", "client_id",
				TEST_CLIENT, "client_secret", TEST_SECRET, "username", user, "password", Stack.DEMO_PASSWORD,
				"scope", "openid")));
	}

	/** The ministry's machine client: client credentials, no user, no password grant. */
	static String ministrySystem() {
		return CACHE.computeIfAbsent("client:ministry-system", key -> fetch(Map.of("grant_type",
				"client_credentials", "client_id", "ministry-system", "client_secret", "ministry-dev-secret")));
	}

	private static String fetch(Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		Http.Response response = Http.send(HttpRequest
			.newBuilder(URI.create(Stack.KEYCLOAK + "/realms/" + Stack.REALM + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		if (response.status() != 200) {
			throw new IllegalStateException("Keycloak refused a token (" + response.status() + "): " + response.body());
		}
		return response.json().get("access_token").asString();
	}

}
