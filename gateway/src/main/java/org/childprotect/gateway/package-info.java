@NullMarked
package org.childprotect.gateway;

import org.jspecify.annotations.NullMarked;
