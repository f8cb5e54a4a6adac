@NullMarked
package org.childprotect.reporting.cases;

import org.jspecify.annotations.NullMarked;
