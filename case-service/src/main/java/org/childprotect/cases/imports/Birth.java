package org.childprotect.cases.imports;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a paper record says about when the child was born, in one of three precisions: an exact date, a year or
 * month and year (kept as a date in the middle of that period), or an estimated age.
 *
 * @param canonical the record's statement in one spelling ("date:2012-05-03", "year:2012", "month:2012-05",
 * "age:12"), so that the same statement written differently in a later file is recognised as unchanged
 */
record Birth(@Nullable LocalDate dateOfBirth, boolean approximate, @Nullable Integer estimatedAgeYears,
		String canonical) {

	static Birth exact(LocalDate date) {
		return new Birth(date, false, null, "date:" + date);
	}

	static Birth year(int year, LocalDate today) {
		return new Birth(notAfter(LocalDate.of(year, 7, 1), today), true, null, "year:" + year);
	}

	static Birth month(int year, int month, LocalDate today) {
		return new Birth(notAfter(LocalDate.of(year, month, 15), today), true, null,
				"month:%04d-%02d".formatted(year, month));
	}

	static Birth age(int years) {
		return new Birth(null, false, years, "age:" + years);
	}

	/** The year the child was born in, as far as the record tells; for matching possible duplicates. */
	int birthYear(LocalDate today) {
		return dateOfBirth != null ? dateOfBirth.getYear() : today.getYear() - (estimatedAgeYears == null ? 0
				: estimatedAgeYears);
	}

	/** A child born this year has the middle of the year still ahead; today is the latest plausible day. */
	private static LocalDate notAfter(LocalDate date, LocalDate today) {
		return date.isAfter(today) ? today : date;
	}

}
