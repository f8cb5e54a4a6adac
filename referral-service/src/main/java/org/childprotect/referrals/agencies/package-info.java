@NullMarked
package org.childprotect.referrals.agencies;

import org.jspecify.annotations.NullMarked;
