package org.childprotect.platform.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling and which records they may touch. Roles decide what a caller may do; {@code districts} and
 * {@code agency} (Keycloak user attributes mapped into the token) decide which records.
 *
 * @param userId the token subject, stable across renames
 * @param username the login name, for audit trails and display
 * @param roles realm roles without prefix, e.g. {@code social-worker}
 * @param districts district codes of the caller's scope; empty for national users
 * @param agency the caller's agency code, if any
 */
public record Caller(String userId, String username, Set<String> roles, Set<String> districts,
		@Nullable String agency) {

	public static final String SOCIAL_WORKER = "social-worker";
	public static final String SUPERVISOR = "supervisor";
	public static final String REFERRAL_OFFICER = "referral-officer";
	public static final String MINISTRY_ANALYST = "ministry-analyst";
	public static final String DISTRICT_IMPORTER = "district-importer";
	public static final String ADMIN = "admin";

	public Caller {
		roles = Set.copyOf(roles);
		districts = Set.copyOf(districts);
	}

	public static Caller from(Jwt jwt) {
		var claims = jwt.getClaims();
		String username = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username")
				: jwt.getSubject();
		List<String> agencies = KeycloakJwtAuthenticationConverter.stringList(claims, "agency");
		return new Caller(jwt.getSubject(), username, KeycloakJwtAuthenticationConverter.realmRoles(claims),
				new LinkedHashSet<>(KeycloakJwtAuthenticationConverter.stringList(claims, "district")),
				agencies.isEmpty() ? null : agencies.get(0));
	}

	/** The caller of the current request; fails if the request was not authenticated by a bearer token. */
	public static Caller current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token) {
			return from(token.getToken());
		}
		throw new IllegalStateException("No authenticated bearer-token caller in this request");
	}

	public boolean hasRole(String role) {
		return roles.contains(role);
	}

	public boolean hasAnyRole(String... candidates) {
		for (String role : candidates) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	public boolean coversDistrict(String district) {
		return districts.contains(district);
	}

}
