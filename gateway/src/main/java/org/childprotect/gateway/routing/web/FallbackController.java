package org.childprotect.gateway.routing.web;

import java.net.URI;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;

/**
 * Where a route's circuit breaker sends a call it could not complete. Most often the service is down or slow
 * (503); an expired browser login that could not be refreshed is the caller's to fix (401, the UI then logs in).
 */
@RestController
class FallbackController {

	@RequestMapping("/fallback/{service}")
	ResponseEntity<ProblemDetail> fallback(@PathVariable String service, ServerWebExchange exchange) {
		Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		ProblemDetail problem = problemFor(service, failure);
		// The caller asked for its own path; the internal forward to this controller is none of its business.
		problem.setInstance(URI.create(requestedPath(exchange)));
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	/** The circuit breaker forwards with a mutated exchange; the one it decorates still holds the caller's path. */
	private static String requestedPath(ServerWebExchange exchange) {
		ServerWebExchange original = exchange;
		while (original instanceof ServerWebExchangeDecorator decorator) {
			original = decorator.getDelegate();
		}
		return original.getRequest().getPath().value();
	}

	private static ProblemDetail problemFor(String service, Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof OAuth2AuthorizationException) {
				return ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
						"Your login has expired. Please sign in again.");
			}
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The " + service + " is not available right now. Please try again in a moment.");
		problem.setTitle("Service Unavailable");
		return problem;
	}

}
