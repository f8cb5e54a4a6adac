package org.childprotect.referrals.referral.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.childprotect.referrals.cases.CaseId;
import org.childprotect.referrals.referral.ReferralCommand;
import org.childprotect.referrals.referral.ReferralKind;
import org.childprotect.referrals.referral.Urgency;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/referrals}: refer a case to an agency for a service. */
public record CreateReferralRequest(
    @NotNull UUID caseId,
    @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be a service type code") String serviceType,
    @NotBlank @Size(max = 64) String toAgency,
    @Nullable Urgency urgency,
    @NotBlank @Size(max = 2000) String reason,
    @Nullable @Valid ConsentOverrideRequest consentOverride) {

  ReferralCommand toCommand() {
    return new ReferralCommand(
        ReferralKind.REFERRAL,
        new CaseId(caseId),
        serviceType,
        toAgency,
        urgency,
        reason.strip(),
        consentOverride == null ? null : consentOverride.justification().strip());
  }
}
