/** Health checks that replace Boot's where the MongoDB-wire server lacks a command Boot relies on. */
@NullMarked
package org.childprotect.cases.health;

import org.jspecify.annotations.NullMarked;
