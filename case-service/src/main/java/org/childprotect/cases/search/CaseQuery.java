package org.childprotect.cases.search;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.childprotect.cases.ChildCase;
import org.childprotect.cases.InvalidCaseInput;
import org.childprotect.cases.RiskLevel;
import org.childprotect.cases.Stage;
import org.jspecify.annotations.Nullable;

/**
 * What a worker looks for in their cases: a free text (case number, child's or caregiver's names) and filters.
 * Each filter given must hold; a filter with several values holds when any of them does.
 *
 * @param text the search text, or {@code null} for filters only
 * @param worker user id or login name of the assigned worker
 * @param registeredFrom first day of registration, inclusive
 * @param registeredTo last day of registration, inclusive
 */
public record CaseQuery(@Nullable String text, Set<Stage> stages, Set<RiskLevel> riskLevels, Set<String> concerns,
		Set<String> districts, @Nullable String worker, @Nullable LocalDate registeredFrom,
		@Nullable LocalDate registeredTo, CaseSort sort) {

	/** Longer than any name and case number together; keeps a pasted paragraph from becoming a query. */
	public static final int MAX_TEXT_LENGTH = 200;

	public static final CaseQuery EVERYTHING = new CaseQuery(null, Set.of(), Set.of(), Set.of(), Set.of(), null, null,
			null, CaseSort.NEWEST_FIRST);

	public CaseQuery {
		text = text == null || text.isBlank() ? null : text.strip();
		if (text != null && text.length() > MAX_TEXT_LENGTH) {
			throw InvalidCaseInput.of("q", "must be at most " + MAX_TEXT_LENGTH + " characters");
		}
		stages = Set.copyOf(stages);
		riskLevels = Set.copyOf(riskLevels);
		concerns = Set.copyOf(concerns);
		districts = Set.copyOf(districts);
		worker = worker == null || worker.isBlank() ? null : worker.strip();
		if (registeredFrom != null && registeredTo != null && registeredTo.isBefore(registeredFrom)) {
			throw InvalidCaseInput.of("registeredTo", "must not be before registeredFrom");
		}
	}

	/** Reads the query parameters of a case list; a value it cannot read is named in the error. */
	public static CaseQuery parse(@Nullable String q, @Nullable List<String> stage, @Nullable List<String> riskLevel,
			@Nullable List<String> concern, @Nullable List<String> district, @Nullable String worker,
			@Nullable String registeredFrom, @Nullable String registeredTo, @Nullable String sort) {
		return new CaseQuery(q, enums("stage", stage, Stage.class), enums("riskLevel", riskLevel, RiskLevel.class),
				codes(concern), codes(district), worker, date("registeredFrom", registeredFrom),
				date("registeredTo", registeredTo), CaseSort.parse(sort));
	}

	/** Whether this is the plain list: no text, no filter, newest first. */
	public boolean isEverything() {
		return equals(EVERYTHING);
	}

	/** Whether the case passes every filter (the text is matched elsewhere). */
	public boolean admits(ChildCase c, ZoneId zone) {
		if (!stages.isEmpty() && !stages.contains(c.stage())) {
			return false;
		}
		if (!riskLevels.isEmpty() && !riskLevels.contains(c.riskLevel())) {
			return false;
		}
		if (!concerns.isEmpty() && c.concerns().stream().noneMatch(concerns::contains)) {
			return false;
		}
		if (!districts.isEmpty() && !districts.contains(c.district())) {
			return false;
		}
		if (worker != null && (c.assignedWorker() == null || !(worker.equals(c.assignedWorker().userId())
				|| worker.equals(c.assignedWorker().username())))) {
			return false;
		}
		LocalDate registeredOn = c.registeredAt().atZone(zone).toLocalDate();
		return (registeredFrom == null || !registeredOn.isBefore(registeredFrom))
				&& (registeredTo == null || !registeredOn.isAfter(registeredTo));
	}

	private static <E extends Enum<E>> Set<E> enums(String field, @Nullable List<String> values, Class<E> type) {
		Set<E> parsed = EnumSet.noneOf(type);
		for (String value : codes(values)) {
			try {
				parsed.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException unknown) {
				throw InvalidCaseInput.of(field, "is one of " + String.join(", ",
						EnumSet.allOf(type).stream().map((Function<E, String>) Enum::name).toList()));
			}
		}
		return parsed;
	}

	private static Set<String> codes(@Nullable Collection<String> values) {
		Set<String> codes = new LinkedHashSet<>();
		if (values != null) {
			values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(codes::add);
		}
		return codes;
	}

	private static @Nullable LocalDate date(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException notADate) {
			throw InvalidCaseInput.of(field, "is a date written yyyy-mm-dd");
		}
	}

}
