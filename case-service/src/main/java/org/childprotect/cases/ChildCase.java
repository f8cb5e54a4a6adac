package org.childprotect.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.childprotect.cases.search.keys.SearchKeys;
import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
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

	public static final int MAX_REASON = 500;

	/** Every stage but closed: a closed case is read-only until a supervisor reopens it. */
	static final Set<Stage> OPEN = EnumSet.complementOf(EnumSet.of(Stage.CLOSED));

	/** Where a plan may be written: after assessment, and as a revision while it is carried out. */
	static final Set<Stage> PLANNING = EnumSet.of(Stage.CASE_PLAN, Stage.SERVICES, Stage.FOLLOW_UP);

	/** Where closure may be requested: any open stage without a closure pending already. */
	static final Set<Stage> CLOSABLE = EnumSet.complementOf(EnumSet.of(Stage.CLOSURE_REQUESTED, Stage.CLOSED));

	@Id
	private final String id;

	private final String caseNumber;

	private final ChildIdentity child;

	private final String district;

	private final List<String> concerns;

	private RiskLevel riskLevel;

	private Stage stage;

	private final Worker owner;

	/** The agency answering for the case: the registering one, until a transfer to another is accepted. */
	private @Nullable String ownerAgency;

	private @Nullable Worker assignedWorker;

	private final Instant registeredAt;

	@Version
	private @Nullable Long version;

	private final List<OutboxEntry> outbox;

	// Workflow sections. Not constructor parameters, so that documents stored before a section existed still
	// load: a missing section keeps the empty value given here.

	private RegistrationDetails registrationDetails = RegistrationDetails.NONE;

	private @Nullable String riskReason;

	/** When the clock for the pending assessment started: registration, or the latest reopening. */
	private @Nullable Instant assessmentRequestedAt;

	private @Nullable Instant assessmentDueAt;

	private @Nullable Assessment assessment;

	private @Nullable CasePlan casePlan;

	private List<ServiceRecord> services = List.of();

	private List<FollowUp> followUps = List.of();

	private @Nullable Closure closure;

	private List<Consent> consents = List.of();

	private List<CaseNote> notes = List.of();

	private List<Approval> approvals = List.of();

	private List<Reopening> reopenings = List.of();

	/** Referrals and transfers made from this case, as the referral service last announced each of them. */
	private List<CaseReferral> referrals = List.of();

	/** What the case can be found by; derived from its names and number whenever they are set. */
	private @Nullable SearchKeys searchKeys;

	/** Events raised since the case was loaded or last saved; they share the save with the state change. */
	@Transient
	private final List<OutboxEntry> unsaved = new ArrayList<>();

	/** The paper form this case was transcribed from; its district and number are unique among cases. */
	private final @Nullable PaperForm paperForm;

	@PersistenceCreator
	ChildCase(String id, String caseNumber, ChildIdentity child, String district, List<String> concerns,
			RiskLevel riskLevel, Stage stage, Worker owner, @Nullable String ownerAgency,
			@Nullable Worker assignedWorker, Instant registeredAt, @Nullable Long version,
			@Nullable List<OutboxEntry> outbox, @Nullable PaperForm paperForm) {
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
		this.paperForm = paperForm;
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
				null, List.of(), registration.paperForm());
		registered.refreshSearchKeys();
		LocalDate registeredOn = registeredAt.toLocalDate();
		registered.raise(new CaseRegistered(id.toString(), registration.district(), ownership.ownerAgency(),
				registration.child().sex(), registration.child().ageYearsOn(registeredOn),
				registration.child().agePrecision(), registration.concerns(), registration.riskLevel(),
				Stage.REGISTRATION, registration.source(), registeredOn), registeredAt.toInstant(), envelopes);
		return registered;
	}

	/**
	 * The version the case has after the next event: the first insert stores version 0, and a change that raises
	 * several events advances the version once per event (see the repository's update), so every event of a case
	 * carries a version of its own and consumers that keep only newer versions lose none of them.
	 */
	private long nextEventVersion() {
		return (version == null ? 0 : version + 1) + unsaved.size();
	}

	private void raise(CaseEvent event, Instant occurredAt, EventEnvelopes envelopes) {
		OutboxEntry entry = envelopes.seal(event, id(), nextEventVersion(), occurredAt);
		outbox.add(entry);
		unsaved.add(entry);
	}

	private void raise(CaseEvent event, ChangeContext change) {
		raise(event, change.instant(), change.envelopes());
	}

	/** Whether the given user registered this case or works it. */
	public boolean isOwnedOrWorkedBy(String userId) {
		return owner.userId().equals(userId)
				|| (assignedWorker != null && assignedWorker.userId().equals(userId));
	}

	/**
	 * Starts the clock for an assessment: due within the deadline for the case's risk level, counted from
	 * {@code from}. Called at registration and on reopening.
	 */
	public void scheduleAssessment(Instant from, AssessmentDeadlines deadlines) {
		assessmentRequestedAt = from;
		assessmentDueAt = deadlines.dueFrom(from, riskLevel);
	}

	/** Edits the registration details; reference codes must have been checked by the caller. */
	public void editRegistration(RegistrationDetails.Change change) {
		requireStage("editing the registration", OPEN);
		RegistrationDetails before = registrationDetails;
		registrationDetails = registrationDetails.with(change);
		// Only names are searched; an import sets the intake channel of every case it opens.
		if (!before.otherNames().equals(registrationDetails.otherNames())
				|| !before.caregivers().equals(registrationDetails.caregivers())) {
			refreshSearchKeys();
		}
	}

	/**
	 * Re-rates the risk with a reason. While the case awaits assessment, its deadline follows the new level, so
	 * that a case found to be at high risk is assessed sooner.
	 */
	public void changeRisk(@Nullable RiskLevel level, @Nullable String reason, AssessmentDeadlines deadlines,
			ChangeContext change) {
		requireStage("changing the risk level", OPEN);
		if (level == null) {
			throw InvalidCaseInput.of("riskLevel", "is required");
		}
		String why = FreeText.required("reason", reason, MAX_REASON);
		if (level == riskLevel) {
			throw InvalidCaseInput.of("riskLevel", "is already " + level);
		}
		rerate(level, why, change);
		if (Stage.AWAITING_ASSESSMENT.contains(stage) && assessmentRequestedAt != null) {
			assessmentDueAt = deadlines.dueFrom(assessmentRequestedAt, level);
		}
	}

	/** Completes the (first or renewed) assessment; the case moves on to its case plan. */
	public void assess(@Nullable List<Assessment.Need> needs, @Nullable RiskLevel level, @Nullable String reason,
			ChangeContext change) {
		requireStage("completing an assessment", Stage.AWAITING_ASSESSMENT);
		List<Assessment.Need> checked = Assessment.requireValid(needs);
		if (level == null) {
			throw InvalidCaseInput.of("riskLevel", "is required");
		}
		String why = FreeText.optional("riskReason", reason, MAX_REASON);
		assessment = new Assessment(checked, level, why, change.instant(), change.by());
		raise(new CaseAssessed(id, district, level,
				checked.stream().map(need -> new CaseAssessed.AssessedNeed(need.domain(), need.level())).toList(),
				change.instant(), assessmentDueAt), change);
		if (level != riskLevel) {
			rerate(level, why, change);
		}
		else if (why != null) {
			riskReason = why;
		}
		moveTo(Stage.CASE_PLAN, change);
	}

	/**
	 * Saves a (first or revised) case plan and asks a supervisor to approve it. The review date defaults to, and
	 * may not be later than, {@code maxReview} from today.
	 */
	public void proposePlan(@Nullable List<CasePlan.GoalDraft> goals, @Nullable LocalDate reviewDate, Period maxReview,
			ChangeContext change) {
		requireStage("saving a case plan", PLANNING);
		if (pendingApproval(Approval.Kind.CASE_PLAN) != null) {
			throw new WorkflowRefused(
					"The case plan awaits a supervisor's decision; it can be changed once it is decided.");
		}
		LocalDate latest = change.today().plus(maxReview);
		LocalDate review = reviewDate == null ? latest : reviewDate;
		if (!review.isAfter(change.today()) || review.isAfter(latest)) {
			throw InvalidCaseInput.of("reviewDate", "must be after today and no later than " + latest);
		}
		if (goals == null || goals.isEmpty()) {
			throw InvalidCaseInput.of("goals", "name at least one goal");
		}
		if (goals.size() > CasePlan.MAX_GOALS) {
			throw InvalidCaseInput.of("goals", "at most " + CasePlan.MAX_GOALS + " goals");
		}
		List<CasePlan.Goal> planned = goals.stream().map(this::planned).toList();
		String approvalId = newId();
		approvals = plus(approvals, Approval.requested(approvalId, Approval.Kind.CASE_PLAN, change));
		casePlan = new CasePlan(planned, review, change.instant(), change.by(), approvalId);
	}

	/** Ticks a plan action off (or back on); progress on an approved plan needs no new approval. */
	public void markPlanAction(String actionId, boolean done) {
		requireStage("updating the case plan", OPEN);
		if (casePlan == null) {
			throw new CasePartNotFound("plan action");
		}
		casePlan = casePlan.withActionDone(actionId, done);
	}

	public ServiceRecord recordService(@Nullable String serviceType, @Nullable String provider,
			ServiceRecord.@Nullable Status status, @Nullable LocalDate plannedOn, @Nullable LocalDate deliveredOn,
			ChangeContext change) {
		requireStage("recording a service", Stage.DELIVERING);
		if (status == null) {
			throw InvalidCaseInput.of("status", "is required");
		}
		ServiceRecord service = new ServiceRecord(newId(), serviceType, provider, status, plannedOn,
				deliveryDate(status, deliveredOn, change), null, null, change.instant(), change.by());
		services = plus(services, service);
		raise(recorded(service, change), change);
		return service;
	}

	/** Moves a service forward: planned, in progress, then delivered or not delivered, and no further. */
	public ServiceRecord updateService(String serviceId, ServiceRecord.@Nullable Status status,
			@Nullable LocalDate deliveredOn, ChangeContext change) {
		requireStage("updating a service", Stage.DELIVERING);
		ServiceRecord current = services.stream()
			.filter(service -> service.id().equals(serviceId))
			.findFirst()
			.orElseThrow(() -> new CasePartNotFound("service"));
		if (status == null) {
			throw InvalidCaseInput.of("status", "is required");
		}
		if (!current.status().mayBecome(status)) {
			throw new WorkflowRefused("The service is " + current.status() + " and cannot become " + status + ".");
		}
		ServiceRecord updated = current.movedTo(status, deliveryDate(status, deliveredOn, change), change);
		services = services.stream().map(service -> service.id().equals(serviceId) ? updated : service).toList();
		raise(recorded(updated, change), change);
		return updated;
	}

	/** Records a contact with the child or family; the first one moves the case into follow-up. */
	public FollowUp recordFollowUp(@Nullable LocalDate date, FollowUp.@Nullable Kind kind, @Nullable String outcome,
			@Nullable LocalDate nextDate, ChangeContext change) {
		requireStage("recording a follow-up", Stage.DELIVERING);
		if (date != null && date.isAfter(change.today())) {
			throw InvalidCaseInput.of("date", "must not be in the future");
		}
		FollowUp followUp = new FollowUp(newId(), date, kind, outcome, nextDate, change.by(), change.instant());
		followUps = plus(followUps, followUp);
		if (stage == Stage.SERVICES) {
			moveTo(Stage.FOLLOW_UP, change);
		}
		return followUp;
	}

	/**
	 * Asks a supervisor to close the case. Possible from any open stage (a case may end early, e.g. when the
	 * child moves away), but not while a case plan awaits its decision.
	 */
	public void requestClosure(@Nullable String reason, Closure.@Nullable Checklist checklist,
			@Nullable String comment, ChangeContext change) {
		requireStage("requesting closure", CLOSABLE);
		if (pendingApproval(Approval.Kind.CASE_PLAN) != null) {
			throw new WorkflowRefused("The case plan awaits a supervisor's decision; decide it before closing.");
		}
		String approvalId = newId();
		closure = new Closure(reason, checklist, comment, stage, change.instant(), change.by(), approvalId);
		approvals = plus(approvals, Approval.requested(approvalId, Approval.Kind.CLOSURE, change));
		moveTo(Stage.CLOSURE_REQUESTED, change);
	}

	/**
	 * A supervisor's decision on a pending request. Nobody decides their own request. An approved plan starts
	 * the services stage; an approved closure closes the case; a rejected closure returns the case to where it
	 * was.
	 */
	public Approval decide(String approvalId, Approval.@Nullable Decision decision, @Nullable String comment,
			ChangeContext change) {
		Approval approval = approvals.stream()
			.filter(candidate -> candidate.id().equals(approvalId))
			.findFirst()
			.orElseThrow(() -> new CasePartNotFound("approval"));
		if (!approval.isPending()) {
			throw new WorkflowRefused("This request was already decided (" + approval.status() + ").");
		}
		if (approval.requestedBy().userId().equals(change.by().userId())) {
			throw new ActionNotPermitted(
					"You made this request yourself; another supervisor of the district must decide it.");
		}
		if (decision == null) {
			throw InvalidCaseInput.of("decision", "is required");
		}
		String why = decision == Approval.Decision.REJECT ? FreeText.required("comment", comment, Approval.MAX_COMMENT)
				: FreeText.optional("comment", comment, Approval.MAX_COMMENT);
		Approval decided = approval.decided(decision, why, change);
		approvals = approvals.stream()
			.map(candidate -> candidate.id().equals(approvalId) ? decided : candidate)
			.toList();
		if (approval.kind() == Approval.Kind.CASE_PLAN) {
			if (decision == Approval.Decision.APPROVE && stage == Stage.CASE_PLAN) {
				moveTo(Stage.SERVICES, change);
			}
		}
		else {
			decideClosure(decision, change);
		}
		return decided;
	}

	/** Reopens a closed case; it needs a new assessment, due by its current risk level. */
	public void reopen(@Nullable String reason, AssessmentDeadlines deadlines, ChangeContext change) {
		requireStage("reopening", EnumSet.of(Stage.CLOSED));
		String why = FreeText.required("reason", reason, MAX_REASON);
		reopenings = plus(reopenings, new Reopening(change.instant(), change.by(), why));
		closure = null;
		scheduleAssessment(change.instant(), deadlines);
		raise(new CaseReopened(id, district, Stage.ASSESSMENT, change.today()), change);
		moveTo(Stage.ASSESSMENT, change);
	}

	/** A supervisor gives the casework to a worker; the owner stays who registered the case. */
	public void assign(Worker worker, ChangeContext change) {
		requireStage("assigning the case", OPEN);
		if (assignedWorker != null && assignedWorker.userId().equals(worker.userId())) {
			throw InvalidCaseInput.of("workerUserId", "the case is already assigned to this worker");
		}
		String previous = assignedWorker == null ? null : assignedWorker.userId();
		assignedWorker = worker;
		raise(new CaseAssigned(id, district, previous, worker.userId(), change.today()), change);
	}

	public Consent recordConsent(Consent.@Nullable Purpose purpose, Consent.@Nullable Giver givenBy,
			@Nullable LocalDate givenOn, ChangeContext change) {
		requireStage("recording a consent", OPEN);
		if (givenOn != null && givenOn.isAfter(change.today())) {
			throw InvalidCaseInput.of("givenOn", "must not be in the future");
		}
		Consent consent = new Consent(newId(), purpose, givenBy, givenOn, null, change.by());
		consents = plus(consents, consent);
		raise(consentChanged(consent, change), change);
		return consent;
	}

	/** Withdraws a consent; possible in every stage, closed cases included, since it is the child's right. */
	public Consent withdrawConsent(String consentId, @Nullable LocalDate withdrawnOn, ChangeContext change) {
		Consent current = consents.stream()
			.filter(consent -> consent.id().equals(consentId))
			.findFirst()
			.orElseThrow(() -> new CasePartNotFound("consent"));
		if (!current.isActive()) {
			throw new WorkflowRefused("This consent was already withdrawn.");
		}
		LocalDate withdrawn = withdrawnOn == null ? change.today() : withdrawnOn;
		if (withdrawn.isAfter(change.today())) {
			throw InvalidCaseInput.of("withdrawnOn", "must not be in the future");
		}
		if (withdrawn.isBefore(current.givenOn())) {
			throw InvalidCaseInput.of("withdrawnOn", "must not be before the consent was given");
		}
		Consent updated = new Consent(current.id(), current.purpose(), current.givenBy(), current.givenOn(), withdrawn,
				current.recordedBy());
		consents = consents.stream().map(consent -> consent.id().equals(consentId) ? updated : consent).toList();
		raise(consentChanged(updated, change), change);
		return updated;
	}

	/**
	 * Records the referral service's latest word on one referral or transfer. Announcements may come twice or out
	 * of order, so one replaces what is held only if its referral version is newer. An accepted transfer moves the
	 * case to the receiving agency and clears the assigned worker (the new agency's supervisor assigns one of
	 * theirs); when several transfers were accepted, the latest acceptance decides, whatever order they came in.
	 */
	public CaseReferral.Effect applyReferral(CaseReferral announced) {
		CaseReferral held = referral(announced.referralId());
		if (held != null && held.version() >= announced.version()) {
			return CaseReferral.Effect.UNCHANGED;
		}
		List<CaseReferral> updated = new ArrayList<>(referrals);
		updated.removeIf(referral -> referral.referralId().equals(announced.referralId()));
		updated.add(announced);
		updated.sort(Comparator.comparing(CaseReferral::requestedAt, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(CaseReferral::referralId));
		referrals = List.copyOf(updated);
		String owner = referrals.stream()
			.filter(CaseReferral::movesOwnership)
			.max(Comparator.comparing(CaseReferral::acceptedAt).thenComparing(CaseReferral::referralId))
			.map(CaseReferral::receivingOwner)
			.orElse(null);
		if (owner == null || owner.equals(ownerAgency)) {
			return CaseReferral.Effect.RECORDED;
		}
		ownerAgency = owner;
		assignedWorker = null;
		return CaseReferral.Effect.OWNERSHIP_MOVED;
	}

	private @Nullable CaseReferral referral(String referralId) {
		return referrals.stream().filter(referral -> referral.referralId().equals(referralId)).findFirst().orElse(null);
	}

	/** Whether a consent for the purpose is in force. */
	public boolean hasConsentFor(Consent.Purpose purpose) {
		return consents.stream().anyMatch(consent -> consent.purpose() == purpose && consent.isActive());
	}

	public CaseNote addNote(@Nullable String text, boolean sensitive, ChangeContext change) {
		CaseNote note = new CaseNote(newId(), text, sensitive, change.by(), change.instant());
		notes = plus(notes, note);
		return note;
	}

	/**
	 * Whether the viewer (who may see the case) may read the note's text. A sensitive note is for those who need
	 * to know: its author, the worker now assigned, and supervisors. A worker who registered the case but no
	 * longer works it sees that the note exists, not what it says.
	 */
	public boolean mayRead(CaseNote note, Caller viewer) {
		return !note.sensitive() || viewer.hasRole(Caller.SUPERVISOR) || note.by().userId().equals(viewer.userId())
				|| (assignedWorker != null && assignedWorker.userId().equals(viewer.userId()));
	}

	/**
	 * What is due on this case: its assessment, the plan review, the next follow-up, decisions awaited. Derived
	 * from the case's dates each time, so a changed deadline or rule counts at once.
	 */
	public List<CaseTask> openTasks(ZonedDateTime now, Duration approvalDueWithin) {
		List<CaseTask> tasks = new ArrayList<>();
		if (Stage.AWAITING_ASSESSMENT.contains(stage) && assessmentDueAt != null) {
			tasks.add(CaseTask.at(this, CaseTask.Kind.ASSESSMENT_DUE, assessmentDueAt, now, null));
		}
		if (Stage.DELIVERING.contains(stage) && casePlan != null && planApproved()) {
			tasks.add(CaseTask.on(this, CaseTask.Kind.PLAN_REVIEW_DUE, casePlan.reviewDate(), now));
		}
		FollowUp latest = followUps.stream()
			.max(Comparator.comparing(FollowUp::date).thenComparing(FollowUp::at))
			.orElse(null);
		if (Stage.DELIVERING.contains(stage) && latest != null && latest.nextDate() != null) {
			tasks.add(CaseTask.on(this, CaseTask.Kind.FOLLOW_UP_DUE, latest.nextDate(), now));
		}
		approvals.stream()
			.filter(Approval::isPending)
			.forEach(approval -> tasks.add(CaseTask.at(this, CaseTask.Kind.APPROVAL_WAITING,
					approval.requestedAt().plus(approvalDueWithin), now, approval)));
		return tasks;
	}

	private boolean planApproved() {
		return casePlan != null && approvals.stream()
			.anyMatch(approval -> approval.id().equals(casePlan.approvalId())
					&& approval.status() == Approval.Status.APPROVED);
	}

	private @Nullable Approval pendingApproval(Approval.Kind kind) {
		return approvals.stream()
			.filter(approval -> approval.kind() == kind && approval.isPending())
			.findFirst()
			.orElse(null);
	}

	private void decideClosure(Approval.Decision decision, ChangeContext change) {
		Closure requested = closure;
		if (requested == null || stage != Stage.CLOSURE_REQUESTED) {
			throw new WorkflowRefused("The case has no closure awaiting a decision.");
		}
		if (decision == Approval.Decision.APPROVE) {
			raise(new CaseClosed(id, district, requested.reason(), change.today()), change);
			moveTo(Stage.CLOSED, change);
		}
		else {
			closure = null;
			moveTo(requested.stageBefore(), change);
		}
	}

	private void rerate(RiskLevel level, @Nullable String reason, ChangeContext change) {
		RiskLevel previous = riskLevel;
		riskLevel = level;
		riskReason = reason;
		raise(new CaseRiskChanged(id, district, previous, level, change.today()), change);
	}

	private CasePlan.Goal planned(CasePlan.GoalDraft draft) {
		String goalId = draft.id() != null && casePlan != null
				&& casePlan.goals().stream().anyMatch(goal -> goal.id().equals(draft.id())) ? draft.id() : newId();
		if (draft.actions().size() > CasePlan.MAX_ACTIONS) {
			throw InvalidCaseInput.of("goals.actions", "at most " + CasePlan.MAX_ACTIONS + " actions per goal");
		}
		List<CasePlan.Action> actions = draft.actions().stream().map(action -> {
			CasePlan.Action existing = action.id() == null || casePlan == null ? null : casePlan.action(action.id());
			boolean done = action.done() != null ? action.done() : existing != null && existing.done();
			return new CasePlan.Action(existing != null ? existing.id() : newId(), action.description(),
					action.responsible(), action.dueDate(), done);
		}).toList();
		return new CasePlan.Goal(goalId, draft.description(), actions);
	}

	private static @Nullable LocalDate deliveryDate(ServiceRecord.Status status, @Nullable LocalDate deliveredOn,
			ChangeContext change) {
		if (status != ServiceRecord.Status.DELIVERED) {
			if (deliveredOn != null) {
				throw InvalidCaseInput.of("deliveredOn", "is only for a delivered service");
			}
			return null;
		}
		LocalDate delivered = deliveredOn == null ? change.today() : deliveredOn;
		if (delivered.isAfter(change.today())) {
			throw InvalidCaseInput.of("deliveredOn", "must not be in the future");
		}
		return delivered;
	}

	private CaseServiceRecorded recorded(ServiceRecord service, ChangeContext change) {
		return new CaseServiceRecorded(id, district, service.id(), service.serviceType(), service.status(),
				service.plannedOn(), service.deliveredOn(), change.today());
	}

	private CaseConsentChanged consentChanged(Consent consent, ChangeContext change) {
		List<Consent.Purpose> active = consents.stream()
			.filter(Consent::isActive)
			.map(Consent::purpose)
			.distinct()
			.sorted()
			.toList();
		return new CaseConsentChanged(id, district, consent.id(), consent.purpose(), consent.givenBy(),
				consent.givenOn(), consent.withdrawnOn(), active);
	}

	private void moveTo(Stage next, ChangeContext change) {
		Stage previous = stage;
		stage = next;
		raise(new CaseStageAdvanced(id, district, previous, next, change.today()), change);
	}

	private void requireStage(String action, Set<Stage> allowed) {
		if (!allowed.contains(stage)) {
			throw WorkflowRefused.inStage(stage, action, allowed);
		}
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}

	private static <T> List<T> plus(List<T> list, T item) {
		List<T> longer = new ArrayList<>(list);
		longer.add(item);
		return List.copyOf(longer);
	}

	/**
	 * Called by the repository once the change is stored: the case now has the given version and its raised
	 * events are part of the stored outbox.
	 */
	void saved(long newVersion) {
		version = newVersion;
		unsaved.clear();
	}

	/** Events raised by the change not yet stored, oldest first. */
	List<OutboxEntry> unsavedEvents() {
		return List.copyOf(unsaved);
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

	public @Nullable PaperForm paperForm() {
		return paperForm;
	}

	public RegistrationDetails registrationDetails() {
		return registrationDetails;
	}

	/** What the case can be found by; computed on the spot for a case stored before search existed. */
	public SearchKeys searchKeys() {
		return searchKeys != null ? searchKeys : keysNow();
	}

	/** Derives the search keys again from the child's names, the caregivers' and the number. */
	public SearchKeys refreshSearchKeys() {
		searchKeys = keysNow();
		return searchKeys;
	}

	private SearchKeys keysNow() {
		return SearchKeys.of(caseNumber, child.givenName(), child.familyName(), registrationDetails.otherNames(),
				registrationDetails.caregivers().stream().map(RegistrationDetails.Caregiver::name).toList());
	}

	public @Nullable String riskReason() {
		return riskReason;
	}

	public @Nullable Instant assessmentDueAt() {
		return assessmentDueAt;
	}

	public @Nullable Assessment assessment() {
		return assessment;
	}

	public @Nullable CasePlan casePlan() {
		return casePlan;
	}

	/** The approval of the current case plan, if there is a plan. */
	public @Nullable Approval planApproval() {
		return casePlan == null ? null
				: approvals.stream()
					.filter(approval -> approval.id().equals(casePlan.approvalId()))
					.findFirst()
					.orElse(null);
	}

	public List<ServiceRecord> services() {
		return services;
	}

	public List<FollowUp> followUps() {
		return followUps;
	}

	public @Nullable Closure closure() {
		return closure;
	}

	public List<Consent> consents() {
		return consents;
	}

	public List<CaseNote> notes() {
		return notes;
	}

	public List<Approval> approvals() {
		return approvals;
	}

	public List<Reopening> reopenings() {
		return reopenings;
	}

	/** Referrals and transfers of the case, oldest request first. */
	public List<CaseReferral> referrals() {
		return referrals;
	}

	/** Events saved with this case and not yet confirmed as published. */
	public List<OutboxEntry> outbox() {
		return List.copyOf(outbox);
	}

}
