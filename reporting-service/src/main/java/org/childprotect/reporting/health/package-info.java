@NullMarked
package org.childprotect.reporting.health;

import org.jspecify.annotations.NullMarked;
