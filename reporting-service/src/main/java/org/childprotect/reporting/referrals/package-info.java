/**
 * Referral facts: one de-identified document per referral (service type, agency type, urgency, requested /
 * responded / completed days, status, outcome, overdue), projected from {@code referral.v1} and counted in the
 * referral cubes. Every referral event carries the whole non-personal state of the referral, so the newest version
 * per referral wins.
 */
@NullMarked
package org.childprotect.reporting.referrals;

import org.jspecify.annotations.NullMarked;
