package org.childprotect.reporting.tables;

/** The period types of DHIS2 this service reports in. */
public enum PeriodType {

	MONTH(1, "P1M"), QUARTER(3, "P3M"), YEAR(12, "P1Y");

	private final int months;

	private final String isoDuration;

	PeriodType(int months, String isoDuration) {
		this.months = months;
		this.isoDuration = isoDuration;
	}

	int months() {
		return months;
	}

	String isoDuration() {
		return isoDuration;
	}

}
