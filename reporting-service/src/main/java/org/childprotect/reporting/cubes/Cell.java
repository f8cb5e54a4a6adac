package org.childprotect.reporting.cubes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * One cell of a cube view: a month and a value for each of the view's dimensions. Its id is those values in a
 * fixed order, so every writer derives the same id for the same cell without looking anything up.
 */
public record Cell(CubeView view, YearMonth month, Map<Dimension, String> values) {

	public Cell {
		Objects.requireNonNull(view, "view");
		Objects.requireNonNull(month, "month");
		EnumMap<Dimension, String> copy = new EnumMap<>(Dimension.class);
		for (Dimension dimension : view.dimensions()) {
			String value = values.get(dimension);
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException(view.name() + " needs a value for " + dimension);
			}
			copy.put(dimension, value);
		}
		values = Map.copyOf(copy);
	}

	public String id() {
		StringJoiner id = new StringJoiner("|");
		id.add(month.toString());
		for (Dimension dimension : view.dimensions()) {
			// Encoded, so that a code containing the separator can never make two cells share an id.
			id.add(URLEncoder.encode(values.get(dimension), StandardCharsets.UTF_8));
		}
		return id.toString();
	}

}
