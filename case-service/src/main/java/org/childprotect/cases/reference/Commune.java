package org.childprotect.cases.reference;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A commune, the level of the admin hierarchy below the district. */
@Document(Commune.COLLECTION)
public record Commune(@Id String code, Labels labels, String district, int position, String version) {

	public static final String COLLECTION = "communes";

}
