package org.childprotect.cases.search;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

import org.childprotect.cases.ChildCase;
import org.childprotect.cases.InvalidCaseInput;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

/**
 * The order of a case list, written {@code field,direction} as in {@code sort=registeredAt,desc}. The case id
 * always breaks ties in the same direction, so pages never overlap or skip a case.
 *
 * @param field one of {@code registeredAt}, {@code caseNumber}, {@code familyName}, {@code givenName}
 */
public record CaseSort(String field, Sort.Direction direction) {

	// Strings compare as MongoDB compares them without a collation: by their characters' codes.
	private static final Map<String, Field> FIELDS = Map.of(
			"registeredAt", new Field("registeredAt", Comparator.comparing(ChildCase::registeredAt)),
			"caseNumber", new Field("caseNumber", Comparator.comparing(c -> c.caseNumber().value())),
			"familyName", new Field("child.familyName", Comparator.comparing(c -> c.child().familyName())),
			"givenName", new Field("child.givenName", Comparator.comparing(c -> c.child().givenName())));

	/** Newest first, as the plain list has always been. */
	public static final CaseSort NEWEST_FIRST = new CaseSort("registeredAt", Sort.Direction.DESC);

	public CaseSort {
		if (!FIELDS.containsKey(field)) {
			throw InvalidCaseInput.of("sort",
					"sort by one of " + String.join(", ", FIELDS.keySet().stream().sorted().toList()));
		}
	}

	/** Parses {@code field}, {@code field,asc} or {@code field,desc}; blank means newest first. */
	public static CaseSort parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return NEWEST_FIRST;
		}
		String[] parts = text.split(",", -1);
		if (parts.length > 2) {
			throw InvalidCaseInput.of("sort", "write the order as field,asc or field,desc");
		}
		Sort.Direction direction = Sort.Direction.ASC;
		if (parts.length == 2) {
			direction = switch (parts[1].strip().toLowerCase(Locale.ROOT)) {
				case "asc" -> Sort.Direction.ASC;
				case "desc" -> Sort.Direction.DESC;
				default -> throw InvalidCaseInput.of("sort", "the direction is asc or desc");
			};
		}
		return new CaseSort(parts[0].strip(), direction);
	}

	/** The order for a MongoDB query. */
	public Sort toSort() {
		return Sort.by(new Sort.Order(direction, FIELDS.get(field).path()), new Sort.Order(direction, "_id"));
	}

	/** The same order for cases already loaded. */
	public Comparator<ChildCase> toComparator() {
		Comparator<ChildCase> order = FIELDS.get(field).order().thenComparing(c -> c.id().toString());
		return direction.isDescending() ? order.reversed() : order;
	}

	private record Field(String path, Comparator<ChildCase> order) {
	}

}
