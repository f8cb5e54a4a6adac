/**
 * Statistical disclosure control: every figure that leaves the service passes through here first, so that no
 * child can be singled out from a small count, directly or by subtracting published figures from a total.
 */
@NullMarked
package org.childprotect.reporting.disclosure;

import org.jspecify.annotations.NullMarked;
