package org.childprotect.cases.outbox;

import java.util.List;

import org.childprotect.cases.OutboxEntry;
import org.springframework.data.annotation.Id;

/** A case document reduced to its id and outbox: the relay never loads a child's identity. */
record PendingEvents(@Id String id, List<OutboxEntry> outbox) {
}
