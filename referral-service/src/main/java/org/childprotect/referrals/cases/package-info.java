@NullMarked
package org.childprotect.referrals.cases;

import org.jspecify.annotations.NullMarked;
