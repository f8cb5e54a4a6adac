@NullMarked
package org.childprotect.referrals.outbox;

import org.jspecify.annotations.NullMarked;
