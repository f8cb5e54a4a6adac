package org.childprotect.referrals.agencies;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Remembers which version of a reference-data file was loaded, so restarts do not reload it. */
@Document("reference_data_versions")
record ReferenceDataVersion(@Id String dataset, int version, Instant loadedAt) {}
