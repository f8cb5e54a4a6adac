/** The HTTP API of aggregate tables, indicators and metadata, for analysts and ministry systems. */
@NullMarked
package org.childprotect.reporting.tables.web;

import org.jspecify.annotations.NullMarked;
