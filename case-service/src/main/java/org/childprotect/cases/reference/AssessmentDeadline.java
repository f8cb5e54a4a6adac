package org.childprotect.cases.reference;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How long after registration (or reopening) a case of one risk level must be assessed.
 *
 * @param riskLevel the risk level code
 * @param duration an ISO-8601 duration, e.g. {@code PT24H}, {@code P3D}
 */
@Document(AssessmentDeadline.COLLECTION)
public record AssessmentDeadline(@Id String riskLevel, String duration, String version) {

	public static final String COLLECTION = "assessment_deadlines";

}
