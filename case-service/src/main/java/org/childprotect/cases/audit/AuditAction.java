package org.childprotect.cases.audit;

/**
 * What was done. Reads and writes of cases, and changes to the reference data; {@link #isChange()} separates
 * the history a case's timeline shows from mere looking.
 */
public enum AuditAction {

	CASE_REGISTERED(true), CASE_VIEWED(false), CASES_LISTED(false),

	REGISTRATION_EDITED(true), RISK_CHANGED(true), ASSESSMENT_COMPLETED(true), CASE_PLAN_SAVED(true),
	CASE_PLAN_ACTION_UPDATED(true), SERVICE_RECORDED(true), SERVICE_UPDATED(true), FOLLOW_UP_RECORDED(true),
	CLOSURE_REQUESTED(true), APPROVAL_DECIDED(true), CASE_REOPENED(true), CASE_ASSIGNED(true),
	CONSENT_RECORDED(true), CONSENT_WITHDRAWN(true), NOTE_ADDED(true),

	TASKS_LISTED(false), APPROVALS_LISTED(false), AUDIT_TRAIL_VIEWED(false), REFERRAL_SNAPSHOT_READ(false),

	REFERENCE_DATA_CHANGED(true),

	/**
	 * Bulk import: cases created from paper records (per batch), the start and end of each import job, and reads of
	 * a job's report (which quotes the uploaded rows).
	 */
	CASES_IMPORTED(true), IMPORT_JOB_STARTED(false), IMPORT_JOB_FINISHED(false), IMPORT_REPORT_READ(false);

	private final boolean change;

	AuditAction(boolean change) {
		this.change = change;
	}

	/** Whether the action changed something (as opposed to reading it). */
	public boolean isChange() {
		return change;
	}

	/** Whether the action brought its cases into being: nothing was recorded about them before. */
	public boolean opensCases() {
		return this == CASE_REGISTERED || this == CASES_IMPORTED;
	}

	/** The actions that changed something, for queries. */
	public static java.util.List<AuditAction> changes() {
		return java.util.Arrays.stream(values()).filter(AuditAction::isChange).toList();
	}

}
