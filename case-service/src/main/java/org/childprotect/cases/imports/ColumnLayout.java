package org.childprotect.cases.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which column of an uploaded file holds which template field, read from its header row. Columns the template
 * does not know are ignored (and named, so the clerk can see nothing was lost silently); a field given twice or a
 * required field missing makes the file unusable.
 *
 * @param header the header cells as written, for the error report
 */
record ColumnLayout(List<String> header, Map<Column, Integer> positions, List<String> ignored) {

	private static final Pattern HINT = Pattern.compile("\\([^)]*\\)|\\[[^]]*]|\\*");

	ColumnLayout {
		header = List.copyOf(header);
		positions = Map.copyOf(positions);
		ignored = List.copyOf(ignored);
	}

	static ColumnLayout of(SourceRow headerRow) {
		Map<Column, Integer> positions = new EnumMap<>(Column.class);
		List<String> ignored = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		List<String> header = headerRow.cells();
		for (int i = 0; i < header.size(); i++) {
			String title = header.get(i);
			String key = LooseText.key(HINT.matcher(title).replaceAll(" "));
			if (key.isEmpty() || Column.REPORT_COLUMN_KEYS.contains(key)) {
				continue;
			}
			Optional<Column> column = java.util.Arrays.stream(Column.values()).filter(c -> c.matches(key)).findFirst();
			if (column.isEmpty()) {
				ignored.add(LooseText.tidy(title));
			}
			else if (positions.containsKey(column.get())) {
				problems.add("\"" + column.get().title(TemplateLanguage.EN) + "\" appears twice (columns "
						+ letters(positions.get(column.get())) + " and " + letters(i) + ")");
			}
			else {
				positions.put(column.get(), i);
			}
		}
		List<String> missing = new ArrayList<>();
		for (Column column : Column.values()) {
			if (column.required() && !positions.containsKey(column)) {
				missing.add(column.title(TemplateLanguage.EN));
			}
		}
		if (!positions.containsKey(Column.DATE_OF_BIRTH) && !positions.containsKey(Column.AGE)) {
			missing.add(Column.DATE_OF_BIRTH.title(TemplateLanguage.EN) + " or " + Column.AGE.title(TemplateLanguage.EN));
		}
		if (!missing.isEmpty()) {
			problems.add(0, "missing columns: " + String.join(", ", missing));
		}
		if (!problems.isEmpty()) {
			throw new UnreadableFile("The header row (row " + headerRow.number() + ") does not fit the template: "
					+ String.join("; ", problems) + ". Download the template to see the expected columns.");
		}
		return new ColumnLayout(header, positions, ignored);
	}

	/** The cell of a row under a field's column; blank when the file has no such column. */
	String value(SourceRow row, Column column) {
		Integer position = positions.get(column);
		return position == null ? "" : row.cell(position);
	}

	/** Why the cell under this column could not be read, if it could not. */
	String unreadable(SourceRow row, Column column) {
		Integer position = positions.get(column);
		return position == null ? "" : row.unreadableCells().getOrDefault(position, "");
	}

	/** The original cells of a row, one per header column, for the error report. */
	List<String> originalValues(SourceRow row) {
		List<String> values = new ArrayList<>(header.size());
		for (int i = 0; i < header.size(); i++) {
			values.add(row.cell(i));
		}
		return values;
	}

	static String letters(int column) {
		StringBuilder letters = new StringBuilder();
		for (int n = column + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

}
