@NullMarked
package org.childprotect.gateway.me.web;

import org.jspecify.annotations.NullMarked;
