package org.childprotect.reporting.cubes;

import java.util.ArrayList;
import java.util.List;

/**
 * What a cube counts. Every cube of cases is kept twice: once without the concern dimension, once with it. A case
 * usually has several concerns, so the concern view counts a case once per concern; the plain view counts it once.
 * Cubes of referrals have dimensions of their own and no concern view: referral events carry no concern, and a
 * referral fact is not joined to its case (that would link the two pseudonyms).
 */
public enum Cube {

	/** Cases by the month they were registered. */
	NEW_CASES("new_cases", true),

	/** Closures (a case closed twice counts twice) by the month of closure and the closure reason. */
	CLOSURES("closures", true, Dimension.CLOSURE_REASON),

	/** Reopenings by month; with closures and new cases they give the open caseload at any month end. */
	REOPENINGS("reopenings", true),

	/** Cases that were high risk at registration, by registration month. */
	HIGH_RISK_REGISTERED("high_risk_registered", true),

	/** Of those, the ones assessed within the deadline. */
	HIGH_RISK_ASSESSED_IN_TIME("high_risk_assessed_in_time", true),

	/** Services delivered, by the month of delivery and service type. */
	SERVICES_DELIVERED("services_delivered", true, Dimension.SERVICE_TYPE),

	/** Referrals (not transfers) by the month they were requested. */
	REFERRALS_MADE("referrals_made", false),

	/** Of those, the ones the receiving agency accepted (whatever happened next), by the month requested. */
	REFERRALS_ACCEPTED("referrals_accepted", false),

	/** Of those, the ones that turned overdue (accepted but not completed in time), by the month requested. */
	REFERRALS_OVERDUE("referrals_overdue", false),

	/** Of those, the ones answered (accepted or declined), by the month requested and the days it took. */
	REFERRALS_RESPONDED("referrals_responded", false, Dimension.RESPONSE_DAYS);

	/** The dimensions every cube of cases has beside the month. */
	public static final List<Dimension> BASE_DIMENSIONS = List.of(Dimension.REGION, Dimension.DISTRICT, Dimension.SEX,
			Dimension.AGE_BAND, Dimension.RISK, Dimension.SOURCE);

	/** The dimensions every cube of referrals has beside the month. */
	public static final List<Dimension> REFERRAL_DIMENSIONS = List.of(Dimension.REGION, Dimension.DISTRICT,
			Dimension.SERVICE_TYPE, Dimension.AGENCY_TYPE, Dimension.URGENCY);

	private final String collectionBase;

	private final boolean ofCases;

	private final List<Dimension> extraDimensions;

	Cube(String collectionBase, boolean ofCases, Dimension... extraDimensions) {
		this.collectionBase = collectionBase;
		this.ofCases = ofCases;
		this.extraDimensions = List.of(extraDimensions);
	}

	/** The views kept of this cube: plain, and by concern for cubes of cases. */
	public List<CubeView> views() {
		return ofCases ? List.of(plain(), byConcern()) : List.of(plain());
	}

	private List<Dimension> baseDimensions() {
		return ofCases ? BASE_DIMENSIONS : REFERRAL_DIMENSIONS;
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
		return dimension == Dimension.PERIOD || (ofCases && dimension == Dimension.CONCERN)
				|| baseDimensions().contains(dimension) || extraDimensions.contains(dimension);
	}

	List<Dimension> dimensions(boolean byConcern) {
		List<Dimension> dimensions = new ArrayList<>(baseDimensions());
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
