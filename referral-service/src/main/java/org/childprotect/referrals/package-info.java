@NullMarked
package org.childprotect.referrals;

import org.jspecify.annotations.NullMarked;
