/**
 * Technical security code shared by the servlet services (ADR 0002): Keycloak token to authorities and caller
 * scope, the resource-server filter chain, and RFC 9457 problem details. Holds no domain code.
 */
@NullMarked
package org.childprotect.platform.security;

import org.jspecify.annotations.NullMarked;
