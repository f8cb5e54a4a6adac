package org.childprotect.reporting.tables;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.childprotect.reporting.cubes.Cube;
import org.childprotect.reporting.cubes.Dimension;
import org.jspecify.annotations.Nullable;

/** What a table counts. */
public enum Measure {

	/** Cases registered in the period. */
	NEW_CASES("newCases", Kind.COUNT, Cube.NEW_CASES, null),

	/** Closures in the period, by reason if asked. */
	CLOSED_CASES("closedCases", Kind.COUNT, Cube.CLOSURES, null),

	/** Cases open at the end of the period: registered, minus closed, plus reopened, up to that day. */
	OPEN_CASELOAD("openCaseload", Kind.STOCK, Cube.NEW_CASES, null),

	/** Of the cases registered high-risk in the period, the percentage assessed within the deadline. */
	HIGH_RISK_ASSESSED_IN_TIME("highRiskAssessedInTime", Kind.RATE, Cube.HIGH_RISK_ASSESSED_IN_TIME,
			Cube.HIGH_RISK_REGISTERED),

	/** Services of case plans delivered in the period, by service type if asked. */
	SERVICES_DELIVERED("servicesDelivered", Kind.COUNT, Cube.SERVICES_DELIVERED, null),

	/** Referrals requested in the period (transfers are not referrals). */
	REFERRALS_MADE("referralsMade", Kind.COUNT, Cube.REFERRALS_MADE, null),

	/** Of the referrals requested in the period, those accepted by the receiving agency. */
	REFERRALS_ACCEPTED("referralsAccepted", Kind.COUNT, Cube.REFERRALS_ACCEPTED, null),

	/** Of the referrals requested in the period, those that turned overdue. */
	REFERRALS_OVERDUE("referralsOverdue", Kind.COUNT, Cube.REFERRALS_OVERDUE, null),

	/** Of the referrals requested in the period, those answered, by the days the answer took if asked. */
	REFERRALS_RESPONDED("referralsResponded", Kind.COUNT, Cube.REFERRALS_RESPONDED, null);

	/** How a measure is derived from cubes. */
	public enum Kind {

		/** The cube's count over the period. */
		COUNT,

		/** A level at the period end, accumulated from the start; periods cannot be added up. */
		STOCK,

		/** A percentage of two counts. */
		RATE

	}

	private final String code;

	private final Kind kind;

	private final Cube cube;

	private final @Nullable Cube denominator;

	Measure(String code, Kind kind, Cube cube, @Nullable Cube denominator) {
		this.code = code;
		this.kind = kind;
		this.cube = cube;
		this.denominator = denominator;
	}

	public String code() {
		return code;
	}

	public Kind kind() {
		return kind;
	}

	Cube cube() {
		return cube;
	}

	@Nullable Cube denominator() {
		return denominator;
	}

	/** Whether tables of this measure can be broken down or filtered by the dimension. */
	public boolean allows(Dimension dimension) {
		if (kind == Kind.STOCK) {
			return Cube.CLOSURES.has(dimension) && Cube.REOPENINGS.has(dimension) && cube.has(dimension);
		}
		return cube.has(dimension) && (denominator == null || denominator.has(dimension));
	}

	public List<Dimension> dimensions() {
		return Arrays.stream(Dimension.values()).filter(this::allows).toList();
	}

	public static Optional<Measure> byCode(String code) {
		return Arrays.stream(values()).filter(measure -> measure.code.equals(code)).findFirst();
	}

}
