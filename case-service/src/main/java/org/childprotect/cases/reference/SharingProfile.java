package org.childprotect.cases.reference;

import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which fields of a case a referral for one service type may share with the receiving agency. Fields come from
 * {@link #FIELDS}; notes, case plans and anything not listed there can never be shared.
 */
@Document(SharingProfile.COLLECTION)
public record SharingProfile(@Id String serviceType, List<String> fields, String version) {

	public static final String COLLECTION = "sharing_profiles";

	/** Every field a profile may name; {@code caregivers} carries each caregiver's name, relationship and contact. */
	public static final Set<String> FIELDS = Set.of("givenName", "familyName", "otherNames", "sex", "ageYears",
			"agePrecision", "dateOfBirth", "nationality", "languages", "disability", "location", "caregivers",
			"concerns", "needs");

	public SharingProfile {
		fields = List.copyOf(fields);
	}

}
