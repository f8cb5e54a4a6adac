package org.childprotect.referrals.outbox;

import java.util.List;
import org.childprotect.referrals.referral.OutboxEntry;
import org.springframework.data.annotation.Id;

/** A referral document reduced to its id, case id (the Kafka key) and outbox: the relay never loads a snapshot. */
record PendingEvents(@Id String id, String caseId, List<OutboxEntry> outbox) {}
