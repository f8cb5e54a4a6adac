package org.childprotect.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Registration bodies that read like the domain. Family names carry a random tag so runs never collide. */
final class CaseFixtures {

	private CaseFixtures() {
	}

	static String uniqueFamilyName(String base) {
		StringBuilder tag = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			tag.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return base + tag;
	}

	static Map<String, Object> highRiskGirlInPhnomPenh(String familyName) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("givenName", "Sophea");
		body.put("familyName", familyName);
		body.put("sex", "FEMALE");
		body.put("dateOfBirth", "2014-03-09");
		body.put("district", "KH-PP");
		body.put("concerns", List.of("OCSEA_GROOMING"));
		body.put("riskLevel", "HIGH");
		return body;
	}

	static Map<String, Object> boyWithEstimatedAgeIn(String district, String familyName) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("givenName", "Dara");
		body.put("familyName", familyName);
		body.put("sex", "MALE");
		body.put("estimatedAgeYears", 12);
		body.put("district", district);
		body.put("concerns", List.of("NEGLECT"));
		body.put("riskLevel", "MEDIUM");
		return body;
	}

}
