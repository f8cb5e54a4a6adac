package org.childprotect.gateway.security;

import reactor.core.publisher.Mono;

import org.childprotect.gateway.problems.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.web.server.ServerWebExchange;

/**
 * 401 and 403 for API callers as problem+json: the web UI and machine clients read JSON, and a redirect to a login
 * page would be useless to both.
 */
class ProblemSecurityResponses implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	private final ProblemWriter problems;

	ProblemSecurityResponses(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
		if (BearerRequests.carriesBearerToken(exchange)) {
			// RFC 6750: tell a machine client that its token, not its request, was the problem.
			exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
		}
		return this.problems.write(exchange, HttpStatus.UNAUTHORIZED, "Authentication is required.");
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		String detail = (denied instanceof CsrfException) ? "The CSRF token is missing or does not match."
				: "You are not allowed to do this.";
		return this.problems.write(exchange, HttpStatus.FORBIDDEN, detail);
	}

}
