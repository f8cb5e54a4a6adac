package org.childprotect.reporting.cubes;

/** A placement by cell id: enough to take the member out again, or to compare with a wanted placement. */
public record PlacementRef(CubeView view, String cellId, String member) {
}
