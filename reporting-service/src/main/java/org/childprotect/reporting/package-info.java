@NullMarked
package org.childprotect.reporting;

import org.jspecify.annotations.NullMarked;
