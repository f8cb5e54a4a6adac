/** The HTTP side of finding cases: likely matches for "search before create". */
@NullMarked
package org.childprotect.cases.search.web;

import org.jspecify.annotations.NullMarked;
