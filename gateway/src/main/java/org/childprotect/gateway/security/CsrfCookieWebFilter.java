package org.childprotect.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * WebFlux creates the CSRF token lazily and only writes the {@code XSRF-TOKEN} cookie when something subscribes to
 * it; a single-page app never renders a form that would, so without this the browser never gets the token it must
 * echo on its first POST. Runs after the security chain, which puts the token on the exchange (the browser chain only: bearer
 * requests have none).
 */
@Component
class CsrfCookieWebFilter implements WebFilter, Ordered {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		if (token == null) {
			return chain.filter(exchange);
		}
		return token.then(Mono.defer(() -> chain.filter(exchange)));
	}

	@Override
	public int getOrder() {
		return 0;
	}

}
