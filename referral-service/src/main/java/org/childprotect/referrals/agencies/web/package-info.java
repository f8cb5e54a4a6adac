@NullMarked
package org.childprotect.referrals.agencies.web;

import org.jspecify.annotations.NullMarked;
