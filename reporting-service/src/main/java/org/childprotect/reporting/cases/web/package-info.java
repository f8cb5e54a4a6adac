@NullMarked
package org.childprotect.reporting.cases.web;

import org.jspecify.annotations.NullMarked;
