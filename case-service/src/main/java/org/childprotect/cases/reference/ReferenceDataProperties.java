package org.childprotect.cases.reference;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * @param locations the versioned reference-data files to seed from, oldest first; a new version is a new file
 * that adds to or relabels the ones before it, and each version is loaded once
 */
@ConfigurationProperties("childprotect.reference-data")
public record ReferenceDataProperties(
		@DefaultValue({ "classpath:reference-data/v1.json", "classpath:reference-data/v2.json" }) List<Resource> locations) {
}
