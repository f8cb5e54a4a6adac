package org.childprotect.gateway.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Builds the browser user from the ID token and user info, plus the claims Keycloak may only put into the access
 * token ({@code realm_access}, {@code district}, {@code agency}), so roles and scope look the same whether the user
 * came through the login or with a bearer token. The access token is decoded with the same validating decoder the
 * resource server uses: a token that a service would refuse does not log anyone in either.
 */
class KeycloakOidcUserService implements ReactiveOAuth2UserService<OidcUserRequest, OidcUser> {

	static final List<String> SCOPE_CLAIMS = List.of("realm_access", "district", "agency");

	private static final String USERNAME_CLAIM = "preferred_username";

	private final OidcReactiveOAuth2UserService delegate = new OidcReactiveOAuth2UserService();

	private final ReactiveJwtDecoder accessTokenDecoder;

	KeycloakOidcUserService(ReactiveJwtDecoder accessTokenDecoder) {
		this.accessTokenDecoder = accessTokenDecoder;
	}

	@Override
	public Mono<OidcUser> loadUser(OidcUserRequest request) {
		return this.delegate.loadUser(request)
			.zipWith(this.accessTokenDecoder.decode(request.getAccessToken().getTokenValue()))
			.map((loaded) -> withKeycloakClaims(loaded.getT1(), loaded.getT2().getClaims()));
	}

	static OidcUser withKeycloakClaims(OidcUser user, Map<String, Object> accessTokenClaims) {
		Map<String, Object> userInfo = new LinkedHashMap<>(
				user.getUserInfo() != null ? user.getUserInfo().getClaims() : Map.of("sub", user.getSubject()));
		for (String claim : SCOPE_CLAIMS) {
			if (!user.getClaims().containsKey(claim) && accessTokenClaims.containsKey(claim)) {
				userInfo.put(claim, accessTokenClaims.get(claim));
			}
		}
		Map<String, Object> merged = new LinkedHashMap<>(user.getClaims());
		merged.putAll(userInfo);
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		authorities.addAll(KeycloakRoles.authorities(KeycloakRoles.from(merged)));
		String nameAttribute = merged.containsKey(USERNAME_CLAIM) ? USERNAME_CLAIM : "sub";
		return new DefaultOidcUser(authorities, user.getIdToken(), new OidcUserInfo(userInfo), nameAttribute);
	}

}
