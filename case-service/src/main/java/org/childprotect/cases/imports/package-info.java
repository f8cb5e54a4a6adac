/**
 * Bulk import of paper case records: templates, reading CSV and XLSX files row by row, validating each row against
 * the case rules and reference data, and registering the valid ones through the same aggregate factory and outbox
 * as a case typed in by hand. Jobs run in the background, are idempotent by paper form (district + number), and
 * keep a report of the rows they could not import. Knows nothing of HTTP.
 */
@NullMarked
package org.childprotect.cases.imports;

import org.jspecify.annotations.NullMarked;
