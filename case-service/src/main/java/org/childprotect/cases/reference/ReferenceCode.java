package org.childprotect.cases.reference;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One code of a code list (concerns, risk levels, sexes, service types, closure reasons, sources, need
 * domains). The id combines list and code so that one collection holds every list without clashes.
 */
@Document(ReferenceCode.COLLECTION)
public record ReferenceCode(@Id String id, String list, String code, @Nullable String group, Labels labels,
		int position, String version) {

	public static final String COLLECTION = "reference_codes";

	public static final String CONCERNS = "concerns";

	public static final String RISK_LEVELS = "riskLevels";

	public static final String SEXES = "sexes";

	public static final String SERVICE_TYPES = "serviceTypes";

	public static final String CLOSURE_REASONS = "closureReasons";

	public static final String SOURCES = "sources";

	public static final String NEED_DOMAINS = "needDomains";

	static ReferenceCode of(String list, String code, @Nullable String group, Labels labels, int position,
			String version) {
		return new ReferenceCode(list + ":" + code, list, code, group, labels, position, version);
	}

}
