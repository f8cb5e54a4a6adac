package org.childprotect.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A thin HTTP client for the gateway, with JSON bodies and an optional bearer token. */
final class Http {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private Http() {
	}

	record Response(int status, String contentType, String body, HttpResponse<String> raw) {

		JsonNode json() {
			return JSON.readTree(body);
		}

		String etag() {
			return raw.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag in " + status));
		}

		boolean isProblem() {
			return contentType.startsWith("application/problem+json");
		}

	}

	static Response get(String path, String token) {
		return send(request(path, token).GET());
	}

	static Response postJson(String path, String token, String body) {
		return send(request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	static Response postJson(String path, String token, Object body) {
		return postJson(path, token, JSON.writeValueAsString(body));
	}

	/** A write to an existing record, based on the version the caller last read (optimistic concurrency). */
	static Response write(String method, String path, String token, String etag, Object body) {
		return send(request(path, token).header("Content-Type", "application/json")
			.header("If-Match", etag)
			.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}

	static Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = CLIENT.send(builder.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(),
					response.headers().firstValue("Content-Type").orElse(""), response.body(), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Gateway not reachable at " + Stack.GATEWAY + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Stack.GATEWAY + path))
			.header("Accept", "application/json");
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

}
