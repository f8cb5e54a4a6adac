package org.childprotect.reporting.tables;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period under its DHIS2 code: {@code 202403} (month), {@code 2024Q1} (quarter), {@code 2024} (year).
 */
public record Period(PeriodType type, YearMonth first) implements Comparable<Period> {

	private static final Pattern MONTH = Pattern.compile("(\\d{4})(\\d{2})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	public Period {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(first, "first");
		if ((first.getMonthValue() - 1) % type.months() != 0) {
			throw new IllegalArgumentException("a " + type + " cannot start in " + first);
		}
	}

	/** Parses a DHIS2 period code; anything else is refused. */
	public static Period parse(String code) {
		Matcher month = MONTH.matcher(code);
		if (month.matches()) {
			int number = Integer.parseInt(month.group(2));
			if (number < 1 || number > 12) {
				throw new IllegalArgumentException("no month " + number);
			}
			return new Period(PeriodType.MONTH, YearMonth.of(Integer.parseInt(month.group(1)), number));
		}
		Matcher quarter = QUARTER.matcher(code);
		if (quarter.matches()) {
			int number = Integer.parseInt(quarter.group(2));
			return new Period(PeriodType.QUARTER, YearMonth.of(Integer.parseInt(quarter.group(1)), 3 * number - 2));
		}
		if (YEAR.matcher(code).matches()) {
			return new Period(PeriodType.YEAR, YearMonth.of(Integer.parseInt(code), 1));
		}
		throw new IllegalArgumentException("not a DHIS2 period code (yyyyMM, yyyyQn or yyyy)");
	}

	public static Period month(YearMonth month) {
		return new Period(PeriodType.MONTH, month);
	}

	public String code() {
		return switch (type) {
			case MONTH -> String.format("%04d%02d", first.getYear(), first.getMonthValue());
			case QUARTER -> first.getYear() + "Q" + ((first.getMonthValue() + 2) / 3);
			case YEAR -> String.valueOf(first.getYear());
		};
	}

	public YearMonth last() {
		return first.plusMonths(type.months() - 1L);
	}

	public boolean contains(YearMonth month) {
		return !month.isBefore(first) && !month.isAfter(last());
	}

	public boolean overlaps(Period other) {
		return !other.last().isBefore(first) && !other.first().isAfter(last());
	}

	/** The periods of a finer type this one consists of, in order. */
	public List<Period> split(PeriodType into) {
		if (into.months() > type.months()) {
			throw new IllegalArgumentException("a " + type + " cannot be split into " + into + "s");
		}
		List<Period> parts = new ArrayList<>();
		for (YearMonth start = first; !start.isAfter(last()); start = start.plusMonths(into.months())) {
			parts.add(new Period(into, start));
		}
		return parts;
	}

	/** The ISO 8601 start and duration ADX names periods by, e.g. {@code 2024-01-01/P3M}. */
	public String adx() {
		return first.atDay(1) + "/" + type.isoDuration();
	}

	@Override
	public int compareTo(Period other) {
		int byStart = first.compareTo(other.first);
		return byStart != 0 ? byStart : Integer.compare(type.months(), other.type.months());
	}

	@Override
	public String toString() {
		return code();
	}

}
