package org.childprotect.cases.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real access tokens from Keycloak for one demo user, by password grant of the dev realm's
 * {@code childprotect-tests} client; fetched again a minute before they expire.
 */
final class KeycloakTokens {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String tokenUri;

	private final String username;

	private String token = "";

	private Instant renewAt = Instant.MIN;

	private String subject = "";

	KeycloakTokens(String realmUri, String username) {
		this.tokenUri = realmUri + "/protocol/openid-connect/token";
		this.username = username;
	}

	synchronized String bearer() {
		if (Instant.now().isAfter(renewAt)) {
			fetch();
		}
		return "Bearer " + token;
	}

	/** The token's subject: the user id the services store as owner. */
	synchronized String subject() {
		bearer();
		return subject;
	}

	String username() {
		return username;
	}

	private void fetch() {
		String form = "grant_type=password&client_id=childprotect-tests&client_secret=tests-dev-secret&username="
				+ URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo";
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUri))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Keycloak refused a token for " + username + ": HTTP "
						+ response.statusCode() + " " + response.body());
			}
			JsonNode body = JSON.readTree(response.body());
			token = body.get("access_token").asString();
			renewAt = Instant.now().plusSeconds(Math.max(10, body.get("expires_in").asLong() - 60));
			String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
			subject = JSON.readTree(payload).get("sub").asString();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Keycloak is not reachable at " + tokenUri, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
