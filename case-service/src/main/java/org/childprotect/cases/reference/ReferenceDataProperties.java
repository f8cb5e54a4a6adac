package org.childprotect.cases.reference;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * @param location the versioned reference-data file to seed from; a new version is a new file
 */
@ConfigurationProperties("childprotect.reference-data")
public record ReferenceDataProperties(@DefaultValue("classpath:reference-data/v1.json") Resource location) {
}
