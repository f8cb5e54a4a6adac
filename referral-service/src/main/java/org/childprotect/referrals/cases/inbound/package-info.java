@NullMarked
package org.childprotect.referrals.cases.inbound;

import org.jspecify.annotations.NullMarked;
