package org.childprotect.gateway.routing;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.childprotect.gateway.problems.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses oversized {@code /api} bodies with 413 problem+json before authentication or routing spend anything on
 * them. A declared {@code Content-Length} is checked up front; a streamed body without one is counted while it is
 * read (the gateway buffers bodies of routes with a fallback) and cut off at the limit.
 */
@Component
class RequestSizeLimitWebFilter implements WebFilter, Ordered {

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	private final RequestSizeProperties properties;

	private final ProblemWriter problems;

	RequestSizeLimitWebFilter(RequestSizeProperties properties, ProblemWriter problems) {
		this.properties = properties;
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (!path.startsWith("/api/")) {
			return chain.filter(exchange);
		}
		DataSize limit = limitFor(path);
		long declared = exchange.getRequest().getHeaders().getContentLength();
		if (declared > limit.toBytes()) {
			return tooLarge(exchange, limit);
		}
		if (declared >= 0) {
			return chain.filter(exchange);
		}
		return chain.filter(exchange.mutate().request(new CountingRequest(exchange.getRequest(), limit)).build())
			.onErrorResume(RequestBodyTooLarge.class, (tooLarge) -> tooLarge(exchange, limit));
	}

	private Mono<Void> tooLarge(ServerWebExchange exchange, DataSize limit) {
		return this.problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE,
				"The request body is larger than the limit of " + limit.toBytes() + " bytes.");
	}

	DataSize limitFor(String path) {
		for (Map.Entry<String, DataSize> entry : this.properties.perPath().entrySet()) {
			if (PATHS.match(entry.getKey(), path)) {
				return entry.getValue();
			}
		}
		return this.properties.defaultLimit();
	}

	@Override
	public int getOrder() {
		// Ahead of the security chain (-100): the size of a body is no secret, and checking it is cheap.
		return -150;
	}

	private static final class CountingRequest extends ServerHttpRequestDecorator {

		private final DataSize limit;

		CountingRequest(ServerHttpRequest delegate, DataSize limit) {
			super(delegate);
			this.limit = limit;
		}

		@Override
		public Flux<DataBuffer> getBody() {
			AtomicLong seen = new AtomicLong();
			return super.getBody().handle((buffer, sink) -> {
				if (seen.addAndGet(buffer.readableByteCount()) > this.limit.toBytes()) {
					DataBufferUtils.release(buffer);
					sink.error(new RequestBodyTooLarge(this.limit));
				}
				else {
					sink.next(buffer);
				}
			});
		}

	}

}
