/** The HTTP API of cases: request and response records, the controller, and how case errors read. */
@NullMarked
package org.childprotect.cases.web;

import org.jspecify.annotations.NullMarked;
