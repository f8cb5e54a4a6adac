package org.childprotect.cases.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.childprotect.cases.Approval;
import org.childprotect.cases.Assessment;
import org.childprotect.cases.CaseNote;
import org.childprotect.cases.CasePlan;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.ChildIdentity;
import org.childprotect.cases.Closure;
import org.childprotect.cases.Consent;
import org.childprotect.cases.FollowUp;
import org.childprotect.cases.RegistrationDetails;
import org.childprotect.cases.RiskLevel;
import org.childprotect.cases.ServiceRecord;
import org.jspecify.annotations.Nullable;

/**
 * Bodies of the casework commands. Validation here catches missing and oversized input (400, field by field);
 * the case rules then judge codes, dates and whether the move fits the case's state (422, 409).
 */
final class CaseWorkflowRequests {

	private CaseWorkflowRequests() {
	}

	/** A partial edit: a field left out stays as it is; an empty list or text clears it. */
	record RegistrationEdit(
			@Size(max = RegistrationDetails.MAX_ENTRIES) @Nullable List<@NotBlank @Size(max = ChildIdentity.MAX_NAME_LENGTH) String> otherNames,
			@Size(max = 64) @Nullable String nationality,
			@Size(max = RegistrationDetails.MAX_ENTRIES) @Nullable List<@NotBlank @Size(max = 64) String> languages,
			@Size(max = 500) @Nullable String disability, @Valid @Nullable LocationBody location,
			@Size(max = RegistrationDetails.MAX_ENTRIES) @Nullable List<@Valid CaregiverBody> caregivers,
			@Size(max = 64) @Nullable String source) {

		RegistrationDetails.Change toChange() {
			return new RegistrationDetails.Change(otherNames, nationality, languages, disability,
					location == null ? null
							: new RegistrationDetails.Location(location.region(), location.district(), location.commune()),
					caregivers == null ? null
							: caregivers.stream()
								.map(c -> new RegistrationDetails.Caregiver(c.name(), c.relationship(), c.contact()))
								.toList(),
					source);
		}

	}

	record LocationBody(@Size(max = 32) @Nullable String region, @NotBlank @Size(max = 32) @Nullable String district,
			@Size(max = 32) @Nullable String commune) {
	}

	record CaregiverBody(@NotBlank @Size(max = ChildIdentity.MAX_NAME_LENGTH) @Nullable String name,
			@NotBlank @Size(max = 64) @Nullable String relationship, @Size(max = 100) @Nullable String contact) {
	}

	record RiskChange(@NotNull @Nullable RiskLevel riskLevel,
			@NotBlank @Size(max = ChildCase.MAX_REASON) @Nullable String reason) {
	}

	record AssessmentBody(@NotEmpty @Size(max = 20) @Nullable List<@Valid NeedBody> needs,
			@NotNull @Nullable RiskLevel riskLevel, @Size(max = ChildCase.MAX_REASON) @Nullable String riskReason) {

		List<Assessment.Need> toNeeds() {
			return needs == null ? List.of()
					: needs.stream().map(need -> new Assessment.Need(need.domain(), need.level(), need.notes())).toList();
		}

	}

	record NeedBody(@NotBlank @Size(max = 64) @Nullable String domain, @NotNull Assessment.@Nullable Level level,
			@Size(max = Assessment.MAX_NOTES_LENGTH) @Nullable String notes) {
	}

	/** {@code reviewDate} left out: the latest allowed (by default three months from today). */
	record CasePlanBody(@NotEmpty @Size(max = CasePlan.MAX_GOALS) @Nullable List<@Valid GoalBody> goals,
			@Nullable LocalDate reviewDate) {

		List<CasePlan.GoalDraft> toDrafts() {
			return goals == null ? List.of()
					: goals.stream()
						.map(goal -> new CasePlan.GoalDraft(goal.id(), goal.description(),
								goal.actions() == null ? List.of()
										: goal.actions()
											.stream()
											.map(action -> new CasePlan.ActionDraft(action.id(), action.description(),
													action.responsible(), action.dueDate(), action.done()))
											.toList()))
						.toList();
		}

	}

	/** {@code id} keeps the identity of a goal of the current plan; new goals leave it out. */
	record GoalBody(@Size(max = 64) @Nullable String id,
			@NotBlank @Size(max = CasePlan.MAX_TEXT) @Nullable String description,
			@Size(max = CasePlan.MAX_ACTIONS) @Nullable List<@Valid ActionBody> actions) {
	}

	record ActionBody(@Size(max = 64) @Nullable String id,
			@NotBlank @Size(max = CasePlan.MAX_TEXT) @Nullable String description,
			@NotBlank @Size(max = 100) @Nullable String responsible, @NotNull @Nullable LocalDate dueDate,
			@Nullable Boolean done) {
	}

	record PlanActionUpdate(@NotNull @Nullable Boolean done) {
	}

	/** {@code deliveredOn} only for a delivered service; left out, it is today. */
	record ServiceBody(@NotBlank @Size(max = 64) @Nullable String serviceType,
			@NotBlank @Size(max = 200) @Nullable String provider, @NotNull ServiceRecord.@Nullable Status status,
			@Nullable LocalDate plannedOn, @PastOrPresent @Nullable LocalDate deliveredOn) {
	}

	record ServiceUpdate(@NotNull ServiceRecord.@Nullable Status status,
			@PastOrPresent @Nullable LocalDate deliveredOn) {
	}

	record FollowUpBody(@NotNull @PastOrPresent @Nullable LocalDate date, @NotNull FollowUp.@Nullable Kind kind,
			@NotBlank @Size(max = FollowUp.MAX_OUTCOME) @Nullable String outcome, @Nullable LocalDate nextDate) {
	}

	record ClosureBody(@NotBlank @Size(max = 64) @Nullable String reason,
			@NotNull @Valid @Nullable ChecklistBody checklist, @Size(max = 1000) @Nullable String comment) {
	}

	/** Every item must be answered, yes or no: a forgotten box is not a "no". */
	record ChecklistBody(@NotNull @Nullable Boolean safe, @NotNull @Nullable Boolean servicesDelivered,
			@NotNull @Nullable Boolean childConsulted, @NotNull @Nullable Boolean caregiverInformed) {

		Closure.Checklist toChecklist() {
			return new Closure.Checklist(Boolean.TRUE.equals(safe), Boolean.TRUE.equals(servicesDelivered),
					Boolean.TRUE.equals(childConsulted), Boolean.TRUE.equals(caregiverInformed));
		}

	}

	/** A comment is required to reject, so the worker knows what to change. */
	record DecisionBody(@NotNull Approval.@Nullable Decision decision,
			@Size(max = Approval.MAX_COMMENT) @Nullable String comment) {
	}

	record ReopenBody(@NotBlank @Size(max = ChildCase.MAX_REASON) @Nullable String reason) {
	}

	/** The worker's account id ({@code sub}) and login name, as the supervisor's user list shows them. */
	record AssignmentBody(@NotBlank @Size(max = 100) @Nullable String workerUserId,
			@NotBlank @Size(max = 100) @Nullable String workerUsername) {
	}

	record ConsentBody(@NotNull Consent.@Nullable Purpose purpose, @NotNull Consent.@Nullable Giver givenBy,
			@NotNull @PastOrPresent @Nullable LocalDate givenOn) {
	}

	/** {@code withdrawnOn} left out: today. */
	record WithdrawalBody(@PastOrPresent @Nullable LocalDate withdrawnOn) {
	}

	record NoteBody(@NotBlank @Size(max = CaseNote.MAX_TEXT) @Nullable String text, boolean sensitive) {
	}

}
