/**
 * Generations of the read model: each rebuild replays the topics into fresh collections, and queries switch to
 * them in one step once they have caught up, so a rebuild never shows half-built figures.
 */
@NullMarked
package org.childprotect.reporting.generations;

import org.jspecify.annotations.NullMarked;
