/**
 * Pre-aggregated cubes: counts per combination of dimension values and month, kept up to date per event, so that a
 * table over a million cases reads thousands of cells rather than a million facts.
 */
@NullMarked
package org.childprotect.reporting.cubes;

import org.jspecify.annotations.NullMarked;
