/** The HTTP API of bulk imports: uploads, job progress, reports and templates. */
@NullMarked
package org.childprotect.cases.imports.web;

import org.jspecify.annotations.NullMarked;
