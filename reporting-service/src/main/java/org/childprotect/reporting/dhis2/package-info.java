/**
 * Exports to DHIS2 (dataValueSets JSON and ADX XML) through a configurable mapping of this service's dimensions to
 * DHIS2 data elements, category options and organisation units. Suppressed figures are left out.
 */
@NullMarked
package org.childprotect.reporting.dhis2;

import org.jspecify.annotations.NullMarked;
