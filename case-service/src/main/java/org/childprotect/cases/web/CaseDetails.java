package org.childprotect.cases.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.childprotect.cases.AgePrecision;
import org.childprotect.cases.Approval;
import org.childprotect.cases.Assessment;
import org.childprotect.cases.CaseNote;
import org.childprotect.cases.CaseReferral;
import org.childprotect.cases.CasePlan;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.Closure;
import org.childprotect.cases.Consent;
import org.childprotect.cases.FollowUp;
import org.childprotect.cases.RegistrationDetails;
import org.childprotect.cases.RiskLevel;
import org.childprotect.cases.ServiceRecord;
import org.childprotect.cases.Sex;
import org.childprotect.cases.Stage;
import org.childprotect.cases.TimelineEntry;
import org.childprotect.cases.Worker;
import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;

/**
 * A whole case as the case page shows it: the registration form's fields flat, as the request has them, then
 * one section per stage. Every section is present; lists are empty and single sections null until filled.
 * People who did something appear by login name; the owner and assigned worker with their account id too.
 */
record CaseDetails(String id, String caseNumber, String givenName, String familyName, Sex sex,
		@Nullable LocalDate dateOfBirth, @Nullable Integer estimatedAgeYears, AgePrecision agePrecision,
		int ageYears, String district, List<String> concerns, RiskLevel riskLevel, Stage stage, Person owner,
		@Nullable String ownerAgency, @Nullable Person assignedWorker, Instant registeredAt, long version,
		List<String> otherNames, @Nullable String nationality, List<String> languages, @Nullable String disability,
		RegistrationDetails.Location location, List<RegistrationDetails.Caregiver> caregivers,
		@Nullable String source, @Nullable String riskReason, @Nullable AssessmentView assessment,
		@Nullable Instant assessmentDueAt, @Nullable CasePlanView casePlan, List<ServiceView> services,
		List<FollowUpView> followUps, @Nullable ClosureView closure, List<ConsentView> consents,
		List<NoteView> notes, List<ApprovalView> approvals, List<ReopeningView> reopenings,
		List<ReferralView> referrals, List<TimelineEntry> timeline) {

	/**
	 * @param viewer decides which sensitive notes show their text
	 * @param timeline the case's latest changes, newest first
	 */
	static CaseDetails of(ChildCase c, Caller viewer, List<TimelineEntry> timeline, LocalDate today) {
		RegistrationDetails details = c.registrationDetails();
		return new CaseDetails(c.id().toString(), c.caseNumber().value(), c.child().givenName(),
				c.child().familyName(), c.child().sex(), c.child().dateOfBirth(), c.child().estimatedAgeYears(),
				c.child().agePrecision(), c.child().ageYearsOn(today), c.district(), c.concerns(), c.riskLevel(),
				c.stage(), Person.of(c.owner()), c.ownerAgency(),
				c.assignedWorker() == null ? null : Person.of(c.assignedWorker()), c.registeredAt(), versionOf(c),
				details.otherNames(), details.nationality(), details.languages(), details.disability(),
				details.location() != null ? details.location()
						: new RegistrationDetails.Location(null, c.district(), null),
				details.caregivers(), details.source(), c.riskReason(),
				c.assessment() == null ? null : AssessmentView.of(c.assessment()), c.assessmentDueAt(),
				c.casePlan() == null ? null : CasePlanView.of(c.casePlan(), c.planApproval()),
				c.services().stream().map(ServiceView::of).toList(),
				c.followUps().stream().map(FollowUpView::of).toList(),
				c.closure() == null ? null : ClosureView.of(c.closure()),
				c.consents().stream().map(ConsentView::of).toList(),
				c.notes().stream().map(note -> NoteView.of(note, c.mayRead(note, viewer))).toList(),
				c.approvals().stream().map(ApprovalView::of).toList(),
				c.reopenings().stream().map(r -> new ReopeningView(r.at(), r.by().username(), r.reason())).toList(),
				c.referrals().stream().map(ReferralView::of).toList(), timeline);
	}

	static long versionOf(ChildCase c) {
		return c.version() == null ? 0 : c.version();
	}

	record Person(String userId, String username) {

		static Person of(Worker worker) {
			return new Person(worker.userId(), worker.username());
		}

	}

	record AssessmentView(List<Assessment.Need> needs, RiskLevel riskLevel, @Nullable String riskReason,
			Instant completedAt, String completedBy) {

		static AssessmentView of(Assessment assessment) {
			return new AssessmentView(assessment.needs(), assessment.riskLevel(), assessment.riskReason(),
					assessment.completedAt(), assessment.completedBy().username());
		}

	}

	record CasePlanView(List<CasePlan.Goal> goals, LocalDate reviewDate, Instant savedAt, String savedBy,
			@Nullable ApprovalView approval) {

		static CasePlanView of(CasePlan plan, @Nullable Approval approval) {
			return new CasePlanView(plan.goals(), plan.reviewDate(), plan.savedAt(), plan.savedBy().username(),
					approval == null ? null : ApprovalView.of(approval));
		}

	}

	record ServiceView(String id, String serviceType, String provider, ServiceRecord.Status status,
			@Nullable LocalDate plannedOn, @Nullable LocalDate deliveredOn, @Nullable String referralId,
			@Nullable String referralStatus, Instant recordedAt, String recordedBy) {

		static ServiceView of(ServiceRecord service) {
			return new ServiceView(service.id(), service.serviceType(), service.provider(), service.status(),
					service.plannedOn(), service.deliveredOn(), service.referralId(), service.referralStatus(),
					service.recordedAt(), service.recordedBy().username());
		}

	}

	record FollowUpView(String id, LocalDate date, FollowUp.Kind kind, String outcome, @Nullable LocalDate nextDate,
			String by, Instant at) {

		static FollowUpView of(FollowUp followUp) {
			return new FollowUpView(followUp.id(), followUp.date(), followUp.kind(), followUp.outcome(),
					followUp.nextDate(), followUp.by().username(), followUp.at());
		}

	}

	record ClosureView(String reason, Closure.Checklist checklist, @Nullable String comment, Instant requestedAt,
			String requestedBy) {

		static ClosureView of(Closure closure) {
			return new ClosureView(closure.reason(), closure.checklist(), closure.comment(), closure.requestedAt(),
					closure.requestedBy().username());
		}

	}

	record ConsentView(String id, Consent.Purpose purpose, Consent.Giver givenBy, LocalDate givenOn,
			@Nullable LocalDate withdrawnOn, boolean active) {

		static ConsentView of(Consent consent) {
			return new ConsentView(consent.id(), consent.purpose(), consent.givenBy(), consent.givenOn(),
					consent.withdrawnOn(), consent.isActive());
		}

	}

	/** {@code text} is null and {@code hidden} true for a sensitive note the viewer may not read. */
	record NoteView(String id, @Nullable String text, boolean hidden, boolean sensitive, String by, Instant at) {

		static NoteView of(CaseNote note, boolean readable) {
			return new NoteView(note.id(), readable ? note.text() : null, !readable, note.sensitive(),
					note.by().username(), note.at());
		}

	}

	record ApprovalView(String id, Approval.Kind kind, Approval.Status status, String requestedBy,
			Instant requestedAt, @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String comment) {

		static ApprovalView of(Approval approval) {
			return new ApprovalView(approval.id(), approval.kind(), approval.status(),
					approval.requestedBy().username(), approval.requestedAt(),
					approval.decidedBy() == null ? null : approval.decidedBy().username(), approval.decidedAt(),
					approval.comment());
		}

	}

	/** A referral or transfer as the referral service last announced it; reasons and comments stay there. */
	record ReferralView(String referralId, CaseReferral.Kind kind, @Nullable String serviceType, String fromAgency,
			String toAgency, @Nullable String urgency, CaseReferral.Status status, boolean overdue,
			@Nullable String consentBasis, @Nullable Instant requestedAt, @Nullable Instant respondBy,
			@Nullable Instant acceptedAt, @Nullable Instant completeBy, @Nullable Instant closedAt,
			@Nullable String declineReason, @Nullable String outcome) {

		static ReferralView of(CaseReferral r) {
			return new ReferralView(r.referralId(), r.kind(), r.serviceType(), r.fromAgency(), r.toAgency(),
					r.urgency(), r.status(), r.overdue(), r.consentBasis(), r.requestedAt(), r.respondBy(),
					r.acceptedAt(), r.completeBy(), r.closedAt(), r.declineReason(), r.outcome());
		}

	}

	record ReopeningView(Instant at, String by, String reason) {
	}

}
