package org.childprotect.cases;

import java.util.regex.Pattern;

/**
 * The number people write on paper and say on the phone, e.g. {@code KH-PP-2026-000001}: district, year of
 * registration, and a sequence that restarts for each district and year.
 */
public record CaseNumber(String value) {

	private static final Pattern FORMAT = Pattern.compile("[A-Z0-9-]+-\\d{4}-\\d{6,}");

	public CaseNumber {
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a case number: " + value);
		}
	}

	public static CaseNumber of(String district, int year, long sequence) {
		if (sequence < 1) {
			throw new IllegalArgumentException("Sequence starts at 1");
		}
		return new CaseNumber("%s-%04d-%06d".formatted(district, year, sequence));
	}

	@Override
	public String toString() {
		return value;
	}

}
