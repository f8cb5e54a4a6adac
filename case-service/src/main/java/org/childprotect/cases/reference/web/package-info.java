/** HTTP view of the reference data, for registration forms. */
@NullMarked
package org.childprotect.cases.reference.web;

import org.jspecify.annotations.NullMarked;
