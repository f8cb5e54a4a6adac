/** The {@code referral.v1} consumer: reads the producer's envelope into this service's own records and delegates. */
@NullMarked
package org.childprotect.cases.referrals.inbound;

import org.jspecify.annotations.NullMarked;
