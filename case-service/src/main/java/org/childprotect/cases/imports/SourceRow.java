package org.childprotect.cases.imports;

import java.util.List;
import java.util.Map;

/**
 * One row of an uploaded file as written, before any interpretation.
 *
 * @param number the row number a spreadsheet shows (the header is usually row 1)
 * @param cells the cell texts, left to right; missing trailing cells are absent, not blank
 * @param unreadableCells why a cell has no usable value (e.g. an error or an uncalculated formula), by column index
 */
record SourceRow(int number, List<String> cells, Map<Integer, String> unreadableCells) {

	SourceRow {
		cells = List.copyOf(cells);
		unreadableCells = Map.copyOf(unreadableCells);
	}

	SourceRow(int number, List<String> cells) {
		this(number, cells, Map.of());
	}

	String cell(int column) {
		return column < cells.size() ? cells.get(column) : "";
	}

}
