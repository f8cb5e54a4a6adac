/** The log of every table released: who, what query, which policy, and a hash of the content. */
@NullMarked
package org.childprotect.reporting.releases;

import org.jspecify.annotations.NullMarked;
