package org.childprotect.reporting.cubes;

import java.util.Map;

/**
 * A count for one combination of the grouped dimensions. A {@link Dimension#PERIOD} key is a month as
 * {@code yyyy-MM}.
 */
public record CellCount(Map<Dimension, String> key, long count) {

	public CellCount {
		key = Map.copyOf(key);
	}

}
