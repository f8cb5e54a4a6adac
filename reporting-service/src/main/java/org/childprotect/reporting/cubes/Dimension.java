package org.childprotect.reporting.cubes;

import java.util.Arrays;
import java.util.Optional;

/** The fixed set of dimensions tables are built from; the name is the one used in the API and in cell documents. */
public enum Dimension {

	PERIOD("period"), REGION("region"), DISTRICT("district"), SEX("sex"), AGE_BAND("ageBand"), CONCERN("concern"),
	RISK("risk"), SOURCE("source"), SERVICE_TYPE("serviceType"), CLOSURE_REASON("closureReason"),
	AGENCY_TYPE("agencyType"), URGENCY("urgency"), RESPONSE_DAYS("responseDays");

	private final String field;

	Dimension(String field) {
		this.field = field;
	}

	public String field() {
		return field;
	}

	public static Optional<Dimension> named(String name) {
		return Arrays.stream(values()).filter(dimension -> dimension.field.equals(name)).findFirst();
	}

	@Override
	public String toString() {
		return field;
	}

}
