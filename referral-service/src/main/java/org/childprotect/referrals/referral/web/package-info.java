@NullMarked
package org.childprotect.referrals.referral.web;

import org.jspecify.annotations.NullMarked;
