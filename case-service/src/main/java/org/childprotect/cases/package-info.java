/**
 * Child cases: the {@code ChildCase} aggregate, its repository, numbering, the use cases and the events it
 * publishes through its own outbox. Knows nothing of HTTP.
 */
@NullMarked
package org.childprotect.cases;

import org.jspecify.annotations.NullMarked;
