/**
 * The append-only audit trail of every read and write of a child's record: who, when, what, which sections;
 * never the values. Entries form a hash chain so that editing or deleting one is detectable.
 */
@NullMarked
package org.childprotect.cases.audit;

import org.jspecify.annotations.NullMarked;
