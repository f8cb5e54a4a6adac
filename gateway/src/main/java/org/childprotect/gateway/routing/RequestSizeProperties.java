package org.childprotect.gateway.routing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Largest request body the gateway lets through to a service.
 *
 * @param defaultLimit for every {@code /api} call without a more specific limit
 * @param perPath limits by path pattern (e.g. bulk imports carry whole files), first match wins
 */
@ConfigurationProperties("childprotect.gateway.request-size")
public record RequestSizeProperties(@DefaultValue("1MB") DataSize defaultLimit, Map<String, DataSize> perPath) {

	public RequestSizeProperties {
		perPath = (perPath != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(perPath)) : Map.of();
	}

}
