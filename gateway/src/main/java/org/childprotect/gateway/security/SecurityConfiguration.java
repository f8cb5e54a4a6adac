package org.childprotect.gateway.security;

import java.net.URI;
import java.util.List;

import org.childprotect.gateway.problems.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Two kinds of callers share one chain. Browsers log in with Keycloak (authorization code + PKCE), keep a server-side
 * session and prove every state-changing call with the {@code XSRF-TOKEN} cookie. Machine clients send a bearer
 * token, are authenticated by it alone and need no CSRF token because they carry no ambient credentials.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

	static final String LOGIN_PATH = "/oauth2/authorization/keycloak";

	// No form-action: logout is a form POST whose answer redirects to Keycloak's end-session page, and browsers apply
	// form-action to that redirect too. default-src does not cover form-action, so nothing else is loosened.
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "frame-ancestors 'none'";

	private static final ServerWebExchangeMatcher API = ServerWebExchangeMatchers.pathMatchers("/api/**");

	/**
	 * Callers with a bearer token (other systems, scripts, tests): the token alone, checked on every request, and
	 * nothing kept between requests. Above all no web session: creating one (which the browser chain's security
	 * context, saved request and logout do for every request without a session cookie) moves the rest of the
	 * request to two other thread pools, which cost a proxied request about as much as the proxying itself.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain bearerWebFilterChain(ServerHttpSecurity http, ProblemWriter problems) {
		ProblemSecurityResponses problemResponses = new ProblemSecurityResponses(problems);
		http.securityMatcher(new BearerRequests());
		authorize(http);
		http.oauth2ResourceServer((resourceServer) -> resourceServer
			.jwt((jwt) -> jwt.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(keycloakJwt())))
			.authenticationEntryPoint(problemResponses)
			.accessDeniedHandler(problemResponses));
		http.securityContextRepository(NoOpServerSecurityContextRepository.getInstance());
		http.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()));
		http.exceptionHandling((handling) -> handling.authenticationEntryPoint(problemResponses)
			.accessDeniedHandler(problemResponses));
		// No cookie is read, so there is nothing to forge; and there is no session to log out of.
		http.csrf(ServerHttpSecurity.CsrfSpec::disable);
		http.logout(ServerHttpSecurity.LogoutSpec::disable);
		headers(http);
		return http.build();
	}

	/** Browsers: Keycloak login, a server-side session, CSRF-protected writes. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ProblemWriter problems,
			ReactiveClientRegistrationRepository clients) {
		ProblemSecurityResponses problemResponses = new ProblemSecurityResponses(problems);
		authorize(http);
		// Requests with a bearer token take the chain above, so this one needs no resource server, and no exception
		// for bearer requests in its CSRF check or entry point.
		http.oauth2Login((login) -> {
		});
		WebSessionServerRequestCache requestCache = pageRequestCache();
		http.exceptionHandling((handling) -> handling.authenticationEntryPoint(entryPoint(problemResponses, requestCache))
			.accessDeniedHandler(problemResponses));
		http.requestCache((cache) -> cache.requestCache(requestCache));
		http.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokenRepository())
			// The UI echoes the raw cookie value, so the plain handler (no per-response masking) is the right one.
			.csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
			.accessDeniedHandler(problemResponses));
		http.logout((logout) -> logout.logoutHandler((handlers) -> handlers.add(new WebSessionServerLogoutHandler()))
			.logoutSuccessHandler(oidcLogoutSuccessHandler(clients)));
		headers(http);
		return http.build();
	}

	private static void authorize(ServerHttpSecurity http) {
		http.authorizeExchange((exchanges) -> exchanges
			.pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
			.permitAll()
			// The UI's code and styles hold no data; the page that loads them does require a login.
			.pathMatchers(HttpMethod.GET, "/assets/**", "/favicon.svg")
			.permitAll()
			.anyExchange()
			.authenticated());
	}

	private static void headers(ServerHttpSecurity http) {
		http.headers((headers) -> headers
			.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frame) -> frame.mode(Mode.DENY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
	}

	/** API callers get 401 problem+json; a person opening a page is sent to Keycloak. */
	private static DelegatingServerAuthenticationEntryPoint entryPoint(ProblemSecurityResponses problemResponses,
			WebSessionServerRequestCache requestCache) {
		DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
				new DelegateEntry(API, problemResponses),
				new DelegateEntry(ServerWebExchangeMatchers.pathMatchers("/actuator/**"), problemResponses));
		RedirectServerAuthenticationEntryPoint toLogin = new RedirectServerAuthenticationEntryPoint(LOGIN_PATH);
		// The same cache the chain uses, so that after the login the user lands on the page they asked for.
		toLogin.setRequestCache(requestCache);
		entryPoint.setDefaultEntryPoint(toLogin);
		return entryPoint;
	}

	/** Only page navigations are worth returning to after login; never an API call or an asset. */
	private static WebSessionServerRequestCache pageRequestCache() {
		WebSessionServerRequestCache cache = new WebSessionServerRequestCache();
		cache.setSaveRequestMatcher(new AndServerWebExchangeMatcher(
				ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/**"), new NegatedServerWebExchangeMatcher(API),
				new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers("/assets/**", "/*.*"))));
		return cache;
	}

	private static CookieServerCsrfTokenRepository csrfTokenRepository() {
		// Readable by the UI's script (that is the point of the double-submit cookie); SameSite keeps it first-party.
		CookieServerCsrfTokenRepository repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
		repository.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return repository;
	}

	private static OidcClientInitiatedServerLogoutSuccessHandler oidcLogoutSuccessHandler(
			ReactiveClientRegistrationRepository clients) {
		OidcClientInitiatedServerLogoutSuccessHandler handler = new OidcClientInitiatedServerLogoutSuccessHandler(
				clients);
		// Trailing slash: Keycloak matches it against the client's "http://host:port/*" post-logout pattern.
		handler.setPostLogoutRedirectUri("{baseUrl}/");
		handler.setLogoutSuccessUrl(URI.create("/"));
		return handler;
	}

	static JwtAuthenticationConverter keycloakJwt() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(
				(jwt) -> List.copyOf(KeycloakRoles.authorities(KeycloakRoles.from(jwt.getClaims()))));
		return converter;
	}

	@Bean
	ReactiveOAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(ReactiveJwtDecoder jwtDecoder) {
		return new KeycloakOidcUserService(jwtDecoder);
	}

	/** Tokens live in the user's WebSession: they end with it and are never shared between sessions. */
	@Bean
	ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
		return new WebSessionServerOAuth2AuthorizedClientRepository();
	}

	/** Used by TokenRelay: hands out the session's access token and refreshes it when it has expired. */
	@Bean
	ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository clients,
			ServerOAuth2AuthorizedClientRepository authorizedClients) {
		DefaultReactiveOAuth2AuthorizedClientManager manager = new DefaultReactiveOAuth2AuthorizedClientManager(clients,
				authorizedClients);
		manager.setAuthorizedClientProvider(
				ReactiveOAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
		return manager;
	}

}
