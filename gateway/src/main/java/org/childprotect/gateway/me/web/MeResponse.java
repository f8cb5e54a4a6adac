package org.childprotect.gateway.me.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Who is signed in, for the web UI to choose screens and show a name; the services enforce the same roles and
 * scope on their own.
 *
 * @param username Keycloak's {@code preferred_username}
 * @param roles realm roles, without the {@code ROLE_} prefix
 * @param districts the district codes the user works in; empty for national users
 * @param agency the agency code, if any
 */
record MeResponse(String username, List<String> roles, List<String> districts, @Nullable String agency) {
}
