package org.childprotect.cases.reference;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A district of the admin hierarchy, with the region it belongs to. */
@Document(District.COLLECTION)
public record District(@Id String code, Labels labels, String region, Labels regionLabels, int position,
		String version) {

	public static final String COLLECTION = "districts";

}
