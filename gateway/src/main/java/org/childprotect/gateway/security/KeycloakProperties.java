package org.childprotect.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the realm lives. The issuer is configured rather than discovered so the gateway starts (and its tests run)
 * while Keycloak is still booting; Keycloak's endpoint paths below the issuer are stable.
 *
 * @param issuerUri the realm's issuer, e.g. {@code http://localhost:8180/realms/childprotect}
 */
@ConfigurationProperties("childprotect.gateway.keycloak")
public record KeycloakProperties(String issuerUri) {

	public String endSessionEndpoint() {
		return this.issuerUri + "/protocol/openid-connect/logout";
	}

}
