package org.childprotect.cases;

/** Registration bodies as the web form sends them. */
public final class CaseRequests {

	private CaseRequests() {
	}

	/** A 14-year-old girl groomed and extorted online, birth date known. */
	public static String girlGroomedOnline(String district) {
		return """
				{"givenName": "Sokha", "familyName": "Chan", "sex": "FEMALE", "dateOfBirth": "2011-10-02",
				 "district": "%s", "concerns": ["OCSEA_GROOMING", "OCSEA_SEXTORTION"], "riskLevel": "HIGH"}
				""".formatted(district);
	}

	/** A boy of about ten found working, age estimated. */
	public static String boyInChildLabour(String district) {
		return """
				{"givenName": "Dara", "familyName": "Kim", "sex": "MALE", "estimatedAgeYears": 10,
				 "district": "%s", "concerns": ["CHILD_LABOUR"], "riskLevel": "MEDIUM"}
				""".formatted(district);
	}

}
