package org.childprotect.reporting.cubes;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A cube with or without the concern dimension: one collection of cells. */
public record CubeView(Cube cube, boolean byConcern) {

	public List<Dimension> dimensions() {
		return cube.dimensions(byConcern);
	}

	/** The collection name before the generation suffix; also how pending moves refer to the view. */
	public String name() {
		return "cube_" + cube.collectionBase() + (byConcern ? "_by_concern" : "");
	}

	public static Optional<CubeView> named(String name) {
		return Arrays.stream(Cube.values())
			.flatMap(cube -> cube.views().stream())
			.filter(view -> view.name().equals(name))
			.findFirst();
	}

}
