@NullMarked
package org.childprotect.referrals.referral;

import org.jspecify.annotations.NullMarked;
