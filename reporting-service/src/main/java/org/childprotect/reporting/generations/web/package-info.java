/** The administrators' HTTP API for rebuilding the read model. */
@NullMarked
package org.childprotect.reporting.generations.web;

import org.jspecify.annotations.NullMarked;
