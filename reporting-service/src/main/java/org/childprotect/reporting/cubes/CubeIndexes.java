package org.childprotect.reporting.cubes;

import org.childprotect.reporting.generations.Generation;
import org.childprotect.reporting.generations.GenerationSetup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Gives each new generation's cube collections their month index (off where the server gains nothing by it). */
@Component
class CubeIndexes implements GenerationSetup {

	private final CubeCells cells;

	private final boolean monthIndex;

	CubeIndexes(CubeCells cells, @Value("${reporting.cubes.month-index:true}") boolean monthIndex) {
		this.cells = cells;
		this.monthIndex = monthIndex;
	}

	@Override
	public void prepare(Generation generation) {
		if (monthIndex) {
			cells.createIndexes(generation);
		}
	}

}
