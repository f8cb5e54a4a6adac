@NullMarked
package org.childprotect.gateway.problems;

import org.jspecify.annotations.NullMarked;
