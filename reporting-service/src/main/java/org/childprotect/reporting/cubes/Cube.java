package org.childprotect.reporting.cubes;

import java.util.ArrayList;
import java.util.List;

/**
 * What a cube counts. Every cube is kept twice: once without the concern dimension, once with it. A case usually
 * has several concerns, so the concern view counts a case once per concern; the plain view counts it once.
 */
public enum Cube {

	/** Cases by the month they were registered. */
	NEW_CASES("new_cases"),

	/** Closures (a case closed twice counts twice) by the month of closure and the closure reason. */
	CLOSURES("closures", Dimension.CLOSURE_REASON),

	/** Reopenings by month; with closures and new cases they give the open caseload at any month end. */
	REOPENINGS("reopenings"),

	/** Cases that were high risk at registration, by registration month. */
	HIGH_RISK_REGISTERED("high_risk_registered"),

	/** Of those, the ones assessed within the deadline. */
	HIGH_RISK_ASSESSED_IN_TIME("high_risk_assessed_in_time"),

	/** Services delivered, by the month of delivery and service type. */
	SERVICES_DELIVERED("services_delivered", Dimension.SERVICE_TYPE);

	/** The dimensions every cube has beside the month. */
	public static final List<Dimension> BASE_DIMENSIONS = List.of(Dimension.REGION, Dimension.DISTRICT, Dimension.SEX,
			Dimension.AGE_BAND, Dimension.RISK, Dimension.SOURCE);

	private final String collectionBase;

	private final List<Dimension> extraDimensions;

	Cube(String collectionBase, Dimension... extraDimensions) {
		this.collectionBase = collectionBase;
		this.extraDimensions = List.of(extraDimensions);
	}

	public CubeView plain() {
		return new CubeView(this, false);
	}

	public CubeView byConcern() {
		return new CubeView(this, true);
	}

	public CubeView view(boolean byConcern) {
		return new CubeView(this, byConcern);
	}

	public boolean has(Dimension dimension) {
		return dimension == Dimension.PERIOD || dimension == Dimension.CONCERN || BASE_DIMENSIONS.contains(dimension)
				|| extraDimensions.contains(dimension);
	}

	List<Dimension> dimensions(boolean byConcern) {
		List<Dimension> dimensions = new ArrayList<>(BASE_DIMENSIONS);
		dimensions.addAll(extraDimensions);
		if (byConcern) {
			dimensions.add(Dimension.CONCERN);
		}
		return List.copyOf(dimensions);
	}

	String collectionBase() {
		return collectionBase;
	}

}
