package org.childprotect.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A child's case: the aggregate that owns everything recorded about one child. Every change is one single-document
 * save that carries, in {@link #outbox()}, the events the change causes, so a change and its events can never be
 * separated even without multi-document transactions.
 */
@Document(ChildCase.COLLECTION)
public class ChildCase {

	public static final String COLLECTION = "cases";

	@Id
	private final String id;

	private final String caseNumber;

	private final ChildIdentity child;

	private final String district;

	private final List<String> concerns;

	private final RiskLevel riskLevel;

	private final Stage stage;

	private final Worker owner;

	private final @Nullable String ownerAgency;

	private final @Nullable Worker assignedWorker;

	private final Instant registeredAt;

	@Version
	private @Nullable Long version;

	private final List<OutboxEntry> outbox;

	@PersistenceCreator
	ChildCase(String id, String caseNumber, ChildIdentity child, String district, List<String> concerns,
			RiskLevel riskLevel, Stage stage, Worker owner, @Nullable String ownerAgency,
			@Nullable Worker assignedWorker, Instant registeredAt, @Nullable Long version,
			@Nullable List<OutboxEntry> outbox) {
		this.id = Objects.requireNonNull(id, "id");
		this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
		this.child = Objects.requireNonNull(child, "child");
		this.district = Objects.requireNonNull(district, "district");
		this.concerns = List.copyOf(concerns);
		this.riskLevel = Objects.requireNonNull(riskLevel, "riskLevel");
		this.stage = Objects.requireNonNull(stage, "stage");
		this.owner = Objects.requireNonNull(owner, "owner");
		this.ownerAgency = ownerAgency;
		this.assignedWorker = assignedWorker;
		this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
		this.version = version;
		this.outbox = outbox == null ? new ArrayList<>() : new ArrayList<>(outbox);
	}

	/**
	 * Opens a case in the registration stage and records {@link CaseRegistered} in its outbox. Reference codes
	 * (district, concerns) must have been checked by the caller; this method guards what the case itself knows.
	 */
	public static ChildCase register(CaseId id, CaseNumber number, Registration registration, Ownership ownership,
			ZonedDateTime registeredAt, EventEnvelopes envelopes) {
		ChildCase registered = new ChildCase(id.toString(), number.value(), registration.child(),
				registration.district(), registration.concerns(), registration.riskLevel(), Stage.REGISTRATION,
				ownership.owner(), ownership.ownerAgency(), ownership.assignedWorker(), registeredAt.toInstant(),
				null, List.of());
		LocalDate registeredOn = registeredAt.toLocalDate();
		registered.raise(new CaseRegistered(id.toString(), registration.district(), ownership.ownerAgency(),
				registration.child().sex(), registration.child().ageYearsOn(registeredOn),
				registration.child().agePrecision(), registration.concerns(), registration.riskLevel(),
				Stage.REGISTRATION, registration.source(), registeredOn), registeredAt.toInstant(), envelopes);
		return registered;
	}

	/**
	 * The version this document will have once the pending change is saved: Spring Data writes 0 on the first
	 * insert and adds 1 on every versioned save. Events carry it so consumers can discard stale ones.
	 */
	private long versionAfterSave() {
		return version == null ? 0 : version + 1;
	}

	private void raise(CaseEvent event, Instant occurredAt, EventEnvelopes envelopes) {
		outbox.add(envelopes.seal(event, id(), versionAfterSave(), occurredAt));
	}

	/** Whether the given user registered this case or works it. */
	public boolean isOwnedOrWorkedBy(String userId) {
		return owner.userId().equals(userId)
				|| (assignedWorker != null && assignedWorker.userId().equals(userId));
	}

	public CaseId id() {
		return CaseId.of(id);
	}

	public CaseNumber caseNumber() {
		return new CaseNumber(caseNumber);
	}

	public ChildIdentity child() {
		return child;
	}

	public String district() {
		return district;
	}

	public List<String> concerns() {
		return concerns;
	}

	public RiskLevel riskLevel() {
		return riskLevel;
	}

	public Stage stage() {
		return stage;
	}

	public Worker owner() {
		return owner;
	}

	public @Nullable String ownerAgency() {
		return ownerAgency;
	}

	public @Nullable Worker assignedWorker() {
		return assignedWorker;
	}

	public Instant registeredAt() {
		return registeredAt;
	}

	/** The optimistic-lock version of the stored document; {@code null} until first saved. */
	public @Nullable Long version() {
		return version;
	}

	/** Events saved with this case and not yet confirmed as published. */
	public List<OutboxEntry> outbox() {
		return List.copyOf(outbox);
	}

}
