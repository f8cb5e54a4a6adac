package org.childprotect.reporting.cubes;

import org.bson.Document;

/** A placement by cell id: enough to take the member out again, or to compare with a wanted placement. */
public record PlacementRef(CubeView view, String cellId, String member) {

	/** How a fact stores a cube move it has not finished yet. */
	public Document toDocument() {
		return new Document("view", view.name()).append("cell", cellId).append("member", member);
	}

	public static PlacementRef fromDocument(Document entry) {
		CubeView view = CubeView.named(entry.getString("view"))
			.orElseThrow(() -> new IllegalStateException("unknown cube view in a pending move"));
		return new PlacementRef(view, entry.getString("cell"), entry.getString("member"));
	}

}
