package org.childprotect.cases.reference;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Marks a reference-data file version as completely loaded; written last, so a crash mid-load reloads. */
@Document(ReferenceDataVersion.COLLECTION)
record ReferenceDataVersion(@Id String version, Instant loadedAt) {

	static final String COLLECTION = "reference_data_versions";

}
