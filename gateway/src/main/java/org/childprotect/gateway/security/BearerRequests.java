package org.childprotect.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;

/** Machine clients announce themselves with {@code Authorization: Bearer}; browsers never send one. */
final class BearerRequests implements ServerWebExchangeMatcher {

	private static final String BEARER_PREFIX = "bearer ";

	static boolean carriesBearerToken(ServerWebExchange exchange) {
		String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, BEARER_PREFIX, 0, BEARER_PREFIX.length());
	}

	@Override
	public Mono<MatchResult> matches(ServerWebExchange exchange) {
		return carriesBearerToken(exchange) ? MatchResult.match() : MatchResult.notMatch();
	}

}
