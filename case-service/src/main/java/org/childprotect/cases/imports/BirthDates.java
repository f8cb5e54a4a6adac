package org.childprotect.cases.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.childprotect.cases.ChildIdentity;
import org.jspecify.annotations.Nullable;

/**
 * Reads birth dates and ages as clerks write them: ISO dates, day/month/year (Cambodian order) with slashes, dashes
 * or dots, "3-May-2012" and "3 ឧសភា 2012", a year alone, a month and year, and ages such as "12", "about 12
 * years", "~12 yrs", "ប្រហែល ១២ ឆ្នាំ" or "8 months". Dates from XLSX date cells arrive as ISO already.
 */
final class BirthDates {

	private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ t].*)?");

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})");

	private static final Pattern DAY_NAMED_MONTH_YEAR = Pattern
		.compile("(\\d{1,2})(?:st|nd|rd|th)?[-/. ]+(\\p{L}[\\p{L}\\p{M}.]*)[-/., ]+(\\d{4}|\\d{2})");

	private static final Pattern NAMED_MONTH_DAY_YEAR = Pattern
		.compile("(\\p{L}[\\p{L}\\p{M}.]*)[ .]+(\\d{1,2})(?:st|nd|rd|th)?,? +(\\d{4})");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");

	private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");

	private static final Pattern NAMED_MONTH_YEAR = Pattern.compile("(\\p{L}[\\p{L}\\p{M}.]*)[-/., ]+(\\d{4})");

	private static final String ABOUT = "(about|approx\\.?|approximately|around|circa|ca\\.?|c\\.|~|±|\\+/-|\\+-|"
			+ "ប្រហែលជា|ប្រហែល|អាយុប្រហែល|អាយុ)?";

	private static final Pattern AGE_YEARS = Pattern.compile(ABOUT + " *(\\d{1,3})(?:[.,]\\d+)? *"
			+ "(years? old|years?|yrs?\\.?|y\\.?o\\.?|y|ឆ្នាំ)? *(old)?");

	private static final Pattern AGE_MONTHS = Pattern.compile(ABOUT + " *(\\d{1,3}) *(months?|mos?\\.?|ខែ) *(old)?");

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("january", 1),
			Map.entry("feb", 2), Map.entry("february", 2), Map.entry("mar", 3), Map.entry("march", 3),
			Map.entry("apr", 4), Map.entry("april", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6),
			Map.entry("jul", 7), Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8),
			Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10),
			Map.entry("october", 10), Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12),
			Map.entry("december", 12), Map.entry("មករា", 1), Map.entry("កុម្ភៈ", 2), Map.entry("កុម្ភះ", 2),
			Map.entry("មីនា", 3), Map.entry("មេសា", 4), Map.entry("ឧសភា", 5), Map.entry("មិថុនា", 6),
			Map.entry("កក្កដា", 7), Map.entry("សីហា", 8), Map.entry("កញ្ញា", 9), Map.entry("តុលា", 10),
			Map.entry("វិច្ឆិកា", 11), Map.entry("ធ្នូ", 12));

	private static final String HOW_TO_WRITE = "write day/month/year (03/05/2012), a year (2012), month/year "
			+ "(05/2012) or an age (about 12 years)";

	private BirthDates() {
	}

	/** Either what the two cells say together, or the problems that keep them from saying anything. */
	record Reading(@Nullable Birth birth, List<RowProblem> problems) {
	}

	static Reading read(String dateCell, String ageCell, LocalDate today) {
		String dateText = LooseText.fold(dateCell);
		String ageText = LooseText.fold(ageCell);
		Outcome fromDate = dateText.isEmpty() ? null : date(dateText, today);
		Outcome fromAge = ageText.isEmpty() ? null : age(ageText, false);
		if (fromDate == null && fromAge == null) {
			return problem(Column.DATE_OF_BIRTH, "give a date of birth or an age");
		}
		if (fromDate != null && fromDate.problem() != null) {
			return problem(Column.DATE_OF_BIRTH, "\"" + LooseText.tidy(dateCell) + "\" " + fromDate.problem());
		}
		if (fromAge != null && fromAge.problem() != null) {
			return problem(Column.AGE, "\"" + LooseText.tidy(ageCell) + "\" " + fromAge.problem());
		}
		if (fromDate == null) {
			return new Reading(fromAge.birth(), List.of());
		}
		Birth birth = fromDate.birth();
		if (fromAge != null && birth.dateOfBirth() != null && fromAge.birth().estimatedAgeYears() != null) {
			int ageByDate = Period.between(birth.dateOfBirth(), today).getYears();
			if (Math.abs(ageByDate - fromAge.birth().estimatedAgeYears()) > 1) {
				return problem(Column.AGE, "the date of birth makes the child " + ageByDate + " today but the age says "
						+ fromAge.birth().estimatedAgeYears() + "; correct one of them or leave the age empty");
			}
		}
		return new Reading(birth, List.of());
	}

	private static Reading problem(Column column, String message) {
		return new Reading(null, List.of(new RowProblem(column, message)));
	}

	private record Outcome(@Nullable Birth birth, @Nullable String problem) {

		static Outcome of(Birth birth) {
			return new Outcome(birth, null);
		}

		static Outcome refused(String problem) {
			return new Outcome(null, problem);
		}

	}

	private static Outcome date(String text, LocalDate today) {
		Matcher m;
		if ((m = ISO.matcher(text)).matches()) {
			return exact(num(m, 1), num(m, 2), num(m, 3), today);
		}
		if ((m = DAY_MONTH_YEAR.matcher(text)).matches()) {
			int day = num(m, 1);
			int month = num(m, 2);
			if (month > 12 && day <= 12) {
				return Outcome.refused("has a month of " + month + ": write the day first (day/month/year)");
			}
			return exact(year(m.group(3), today), month, day, today);
		}
		if ((m = DAY_NAMED_MONTH_YEAR.matcher(text)).matches() && month(m.group(2)) != null) {
			return exact(year(m.group(3), today), month(m.group(2)), num(m, 1), today);
		}
		if ((m = NAMED_MONTH_DAY_YEAR.matcher(text)).matches() && month(m.group(1)) != null) {
			return exact(num(m, 3), month(m.group(1)), num(m, 2), today);
		}
		if ((m = YEAR.matcher(text)).matches()) {
			return plausible(Birth.year(num(m, 1), today), num(m, 1), today);
		}
		if ((m = MONTH_YEAR.matcher(text)).matches()) {
			return partial(num(m, 2), num(m, 1), today);
		}
		if ((m = YEAR_MONTH.matcher(text)).matches()) {
			return partial(num(m, 1), num(m, 2), today);
		}
		if ((m = NAMED_MONTH_YEAR.matcher(text)).matches() && month(m.group(1)) != null) {
			return partial(num(m, 2), month(m.group(1)), today);
		}
		Outcome asAge = age(text, true);
		if (asAge != null) {
			return asAge;
		}
		return Outcome.refused("is not a date: " + HOW_TO_WRITE);
	}

	/**
	 * An age. In the date column only an age that says so ("about 12", "12 years") counts: a bare "12" there is
	 * more likely a date cut short than an age.
	 */
	private static @Nullable Outcome age(String text, boolean mustSayItIsAnAge) {
		Matcher m = AGE_MONTHS.matcher(text);
		if (m.matches()) {
			return ageInYears(num(m, 2) / 12);
		}
		m = AGE_YEARS.matcher(text);
		if (m.matches() && (!mustSayItIsAnAge || m.group(1) != null || m.group(3) != null)) {
			return ageInYears(num(m, 2));
		}
		return mustSayItIsAnAge ? null : Outcome.refused("is not an age in years (e.g. 12 or about 12)");
	}

	private static Outcome ageInYears(int years) {
		if (years > ChildIdentity.MAX_CHILD_AGE) {
			return Outcome.refused("is over " + ChildIdentity.MAX_CHILD_AGE + ": only children's cases are imported");
		}
		return Outcome.of(Birth.age(years));
	}

	private static Outcome exact(int year, int month, int day, LocalDate today) {
		LocalDate date;
		try {
			date = LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return Outcome.refused("is not a calendar date");
		}
		if (date.isAfter(today)) {
			return Outcome.refused("is in the future");
		}
		return plausible(Birth.exact(date), year, today);
	}

	private static Outcome partial(int year, int month, LocalDate today) {
		if (month < 1 || month > 12) {
			return Outcome.refused("has no month " + month);
		}
		if (year == today.getYear() && month > today.getMonthValue()) {
			return Outcome.refused("is in the future");
		}
		return plausible(Birth.month(year, month, today), year, today);
	}

	private static Outcome plausible(Birth birth, int year, LocalDate today) {
		if (year > today.getYear()) {
			return Outcome.refused("is in the future");
		}
		if (year < ChildIdentity.EARLIEST_DATE_OF_BIRTH.getYear()) {
			return Outcome.refused("is before " + ChildIdentity.EARLIEST_DATE_OF_BIRTH.getYear());
		}
		return Outcome.of(birth);
	}

	/** Two-digit years belong to this century unless that would put them in the future. */
	private static int year(String digits, LocalDate today) {
		int value = Integer.parseInt(digits);
		if (digits.length() == 4) {
			return value;
		}
		int century = today.getYear() / 100 * 100;
		return century + value > today.getYear() ? century - 100 + value : century + value;
	}

	private static @Nullable Integer month(String name) {
		String key = name.toLowerCase(Locale.ROOT);
		if (key.endsWith(".")) {
			key = key.substring(0, key.length() - 1);
		}
		return MONTHS.get(key);
	}

	private static int num(Matcher m, int group) {
		return Integer.parseInt(m.group(group));
	}

}
