@NullMarked
package org.childprotect.gateway.routing.web;

import org.jspecify.annotations.NullMarked;
