package org.childprotect.cases.referrals.inbound;

import org.childprotect.cases.referrals.ReferralAnnouncement;

/** The outcome of reading one record of the referral topic. */
sealed interface TranslatedReferralEvent {

	String type();

	/** A referral's new state, to be recorded on its case. */
	record Relevant(ReferralAnnouncement announcement) implements TranslatedReferralEvent {

		@Override
		public String type() {
			return announcement.type();
		}

	}

	/** A well-formed event of a type this service does not follow (yet): skipped, not set aside. */
	record Ignored(String type) implements TranslatedReferralEvent {
	}

}
