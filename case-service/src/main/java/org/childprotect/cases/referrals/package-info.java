/**
 * The referral history of a case and the transfer of its ownership, both applied from the referral service's
 * {@code referral.v1} announcements. The case never asks the referral service; it only records what it was told.
 */
@NullMarked
package org.childprotect.cases.referrals;

import org.jspecify.annotations.NullMarked;
