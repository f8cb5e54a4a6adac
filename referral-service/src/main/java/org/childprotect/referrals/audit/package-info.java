@NullMarked
package org.childprotect.referrals.audit;

import org.jspecify.annotations.NullMarked;
