package org.childprotect.cases;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rules of the case workflow that an organisation may set differently. Assessment deadlines are not here: they
 * are reference data, editable by an administrator at run time.
 *
 * @param maxPlanReview the latest a case plan's review may be set, counted from the day the plan is saved; also
 * the review date a plan gets when none is given
 * @param approvalDueWithin how long a supervisor has to decide a request before it shows as overdue
 */
@ConfigurationProperties("childprotect.cases.workflow")
public record WorkflowProperties(@DefaultValue("P3M") Period maxPlanReview,
		@DefaultValue("3d") Duration approvalDueWithin) {
}
