/**
 * Reference data the case rules check against (districts of the admin hierarchy, concern codes, risk levels,
 * sexes), seeded from a versioned file and labelled in English and Khmer.
 */
@NullMarked
package org.childprotect.cases.reference;

import org.jspecify.annotations.NullMarked;
