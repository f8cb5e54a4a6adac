/**
 * Aggregate tables and indicators over the cubes, each one put through disclosure control before it is returned.
 */
@NullMarked
package org.childprotect.reporting.tables;

import org.jspecify.annotations.NullMarked;
