@NullMarked
package org.childprotect.gateway.ui;

import org.jspecify.annotations.NullMarked;
