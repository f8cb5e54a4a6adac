/**
 * Search keys of a case: accent-free name tokens and phonetic keys for Southeast Asian romanised names. Pure
 * functions with no dependency on the rest of the service, so the case aggregate can compute its keys itself.
 */
@NullMarked
package org.childprotect.cases.search.keys;

import org.jspecify.annotations.NullMarked;
