package org.childprotect.cases;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeZone where the service's users live: decides the registration date, the year in case numbers, and
 * what "a birth date in the future" means
 */
@ConfigurationProperties("childprotect.cases")
public record CaseProperties(@DefaultValue("Asia/Phnom_Penh") ZoneId timeZone) {
}
