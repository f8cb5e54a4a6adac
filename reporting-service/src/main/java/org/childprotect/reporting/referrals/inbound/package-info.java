/**
 * The consumer of {@code referral.v1}. referral-service does not publish its events yet; until their schemas
 * exist this consumer is off ({@code reporting.referrals.enabled}) and, when switched on, only counts what it sees.
 */
@NullMarked
package org.childprotect.reporting.referrals.inbound;

import org.jspecify.annotations.NullMarked;
