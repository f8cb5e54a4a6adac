@NullMarked
package org.childprotect.gateway.routing;

import org.jspecify.annotations.NullMarked;
