package org.childprotect.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A stand-in for a ChildProtect service on a random local port: records what reached it and answers with a JSON
 * echo, so a test can see exactly what the gateway forwarded.
 */
final class StubService {

	record Received(String method, String uri, String authorization, String cookie, int bodyBytes) {
	}

	static final Duration SLOW = Duration.ofMillis(500);

	private final String name;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final DisposableServer server;

	StubService(String name) {
		this.name = name;
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> request.receive()
				.aggregate()
				.asByteArray()
				.defaultIfEmpty(new byte[0])
				.flatMap((body) -> {
					String authorization = request.requestHeaders().get("Authorization", "");
					String cookie = request.requestHeaders().get("Cookie", "");
					this.received.add(new Received(request.method().name(), request.uri(), authorization, cookie,
							body.length));
					String json = "{\"service\":\"%s\",\"method\":\"%s\",\"uri\":\"%s\",\"authorization\":\"%s\",\"cookie\":\"%s\",\"bodyBytes\":%d}"
						.formatted(name, request.method().name(), request.uri(), authorization, cookie, body.length);
					// A path with "slow" in it answers after a while, as a long search or upload would.
					Duration delay = request.uri().contains("slow") ? SLOW : Duration.ZERO;
					return response.header("Content-Type", "application/json")
						.sendString(Mono.just(json).delayElement(delay), StandardCharsets.UTF_8)
						.then();
				}))
			.bindNow();
	}

	String uri() {
		return "http://127.0.0.1:" + this.server.port();
	}

	String name() {
		return this.name;
	}

	List<Received> received() {
		return this.received;
	}

}
