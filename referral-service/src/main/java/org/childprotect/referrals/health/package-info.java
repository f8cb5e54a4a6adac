@NullMarked
package org.childprotect.referrals.health;

import org.jspecify.annotations.NullMarked;
