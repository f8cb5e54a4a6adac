package org.childprotect.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands in the case-management cycle. The order is the usual path; a rejected closure, a reopened
 * case or a revised plan can move a case back. Which commands each stage allows is decided by the aggregate.
 */
public enum Stage {

	/** Registered; the first assessment is due. */
	REGISTRATION,
	/** Reopened after closure; a new assessment is due. */
	ASSESSMENT,
	/** Assessed; a case plan is being written or awaits approval. */
	CASE_PLAN,
	/** The plan is approved; services are being delivered. */
	SERVICES,
	/** Services delivered or under way; the worker follows the child up. */
	FOLLOW_UP,
	/** A closure awaits a supervisor's decision. */
	CLOSURE_REQUESTED,
	/** Closed with supervisor approval; only reopening and consent changes are possible. */
	CLOSED;

	/** Stages in which the first or a renewed assessment is outstanding. */
	public static final Set<Stage> AWAITING_ASSESSMENT = EnumSet.of(REGISTRATION, ASSESSMENT);

	/** Stages after an approved plan, in which services and follow-ups are recorded. */
	public static final Set<Stage> DELIVERING = EnumSet.of(SERVICES, FOLLOW_UP);

	public boolean isClosed() {
		return this == CLOSED;
	}

}
