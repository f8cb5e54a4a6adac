/**
 * Publishes the events waiting in case documents to Kafka, at least once, and removes exactly what was
 * published. Also owns the wire format of the envelope.
 */
@NullMarked
package org.childprotect.cases.outbox;

import org.jspecify.annotations.NullMarked;
