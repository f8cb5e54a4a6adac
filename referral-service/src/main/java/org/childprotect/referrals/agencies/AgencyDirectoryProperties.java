package org.childprotect.referrals.agencies;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/** Where the versioned agency reference data comes from. */
@ConfigurationProperties("childprotect.agencies")
record AgencyDirectoryProperties(@DefaultValue("classpath:reference-data/agencies-v1.json") Resource seed) {}
