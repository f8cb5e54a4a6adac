@NullMarked
package org.childprotect.reporting.cases.inbound;

import org.jspecify.annotations.NullMarked;
