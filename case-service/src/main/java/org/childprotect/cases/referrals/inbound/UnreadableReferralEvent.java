package org.childprotect.cases.referrals.inbound;

/**
 * A record on the referral topic that cannot be understood. Retrying cannot help, so it is set aside at once.
 * Messages name the missing or malformed part only, never event content.
 */
class UnreadableReferralEvent extends RuntimeException {

	UnreadableReferralEvent(String message) {
		super(message, null, false, false);
	}

	/** Keeps only the parser failure's kind: parser messages quote the offending input. */
	UnreadableReferralEvent(String message, Class<? extends Throwable> parserFailure) {
		this(message + " (" + parserFailure.getSimpleName() + ")");
	}

}
