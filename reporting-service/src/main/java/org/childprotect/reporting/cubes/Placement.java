package org.childprotect.reporting.cubes;

/**
 * That one member (a case, or one closure, reopening or service of a case, under its pseudonymous token) is
 * counted in one cell.
 */
public record Placement(Cell cell, String member) {

	public PlacementRef ref() {
		return new PlacementRef(cell.view(), cell.id(), member);
	}

}
