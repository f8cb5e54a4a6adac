@NullMarked
package org.childprotect.reporting.messaging;

import org.jspecify.annotations.NullMarked;
