@NullMarked
package org.childprotect.gateway.security;

import org.jspecify.annotations.NullMarked;
