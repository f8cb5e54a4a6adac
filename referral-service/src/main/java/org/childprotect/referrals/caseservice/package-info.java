@NullMarked
package org.childprotect.referrals.caseservice;

import org.jspecify.annotations.NullMarked;
