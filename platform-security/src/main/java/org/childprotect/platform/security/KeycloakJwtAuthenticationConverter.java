package org.childprotect.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Spring Security does not read Keycloak's {@code realm_access.roles}; this maps each realm role to
 * {@code ROLE_<role>} so that {@code hasRole("social-worker")} works, and names the principal by
 * {@code preferred_username} (never personal data of a child).
 */
public final class KeycloakJwtAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		String name = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username")
				: jwt.getSubject();
		return new JwtAuthenticationToken(jwt, authorities(jwt), name);
	}

	static Collection<GrantedAuthority> authorities(Jwt jwt) {
		return realmRoles(jwt.getClaims()).stream()
			.map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
	}

	static Set<String> realmRoles(Map<String, Object> claims) {
		if (!(claims.get("realm_access") instanceof Map<?, ?> realmAccess)) {
			return Set.of();
		}
		if (!(realmAccess.get("roles") instanceof Collection<?> roles)) {
			return Set.of();
		}
		return roles.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
	}

	static List<String> stringList(Map<String, Object> claims, String name) {
		Object value = claims.get(name);
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).filter(s -> !s.isBlank()).toList();
		}
		if (value instanceof String single && !single.isBlank()) {
			return List.of(single);
		}
		return List.of();
	}

}
