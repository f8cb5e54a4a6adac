@NullMarked
package org.childprotect.gateway.me;

import org.jspecify.annotations.NullMarked;
