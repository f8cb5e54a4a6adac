package org.childprotect.reporting.referrals.inbound;

/**
 * A message on the referral topic that can never be applied. Its message names what is wrong, never a value from
 * the payload, because it ends up in logs and dead-letter headers.
 */
class UnreadableReferralEvent extends RuntimeException {

	UnreadableReferralEvent(String reason) {
		super(reason);
	}

}
