/** Reads the topics from the start for a rebuild. */
@NullMarked
package org.childprotect.reporting.generations.inbound;

import org.jspecify.annotations.NullMarked;
