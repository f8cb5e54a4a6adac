package org.childprotect.gateway.ui;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The web UI routes in the browser ({@code /cases}, {@code /cases/new}, {@code /statistics}, ...): a reload or a
 * bookmark of such a path must get the UI's {@code index.html}, not a 404. Files (anything with a dot in its last
 * segment) and the gateway's own paths are left to their handlers.
 */
@Configuration(proxyBeanMethods = false)
class SinglePageAppRoutes {

	private static final List<String> NOT_CLIENT_ROUTES = List.of("/api/", "/actuator", "/oauth2/", "/login",
			"/logout", "/fallback/", "/assets/");

	@Bean
	RouterFunction<ServerResponse> singlePageApp(@Value("classpath:/static/index.html") Resource index) {
		RequestPredicate clientRoute = RequestPredicates.GET("/**").and(SinglePageAppRoutes::isClientRoute);
		return RouterFunctions.route(clientRoute,
				(request) -> ServerResponse.ok()
					.contentType(MediaType.TEXT_HTML)
					// The page names the current hashed bundles, so it must never be served stale after a release.
					.cacheControl(CacheControl.noCache())
					.bodyValue(index));
	}

	static boolean isClientRoute(ServerRequest request) {
		String path = request.path();
		if (NOT_CLIENT_ROUTES.stream().anyMatch(path::startsWith)) {
			return false;
		}
		String lastSegment = path.substring(path.lastIndexOf('/') + 1);
		return !lastSegment.contains(".");
	}

}
