/**
 * The consumer of {@code referral.v1}: reads referral-service's events with this service's own types (tolerant of
 * added fields), hands referrals to the projection, skips transfers and types it does not report on, and lets
 * unreadable messages go to the dead-letter topic.
 */
@NullMarked
package org.childprotect.reporting.referrals.inbound;

import org.jspecify.annotations.NullMarked;
