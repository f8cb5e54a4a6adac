/** The HTTP API of DHIS2 exports. */
@NullMarked
package org.childprotect.reporting.dhis2.web;

import org.jspecify.annotations.NullMarked;
