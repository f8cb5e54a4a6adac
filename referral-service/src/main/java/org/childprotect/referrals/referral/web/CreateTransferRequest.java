package org.childprotect.referrals.referral.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.childprotect.referrals.cases.CaseId;
import org.childprotect.referrals.referral.ReferralCommand;
import org.childprotect.referrals.referral.ReferralKind;
import org.childprotect.referrals.referral.Urgency;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/referrals/transfers}: hand the responsibility for a case to another agency. */
public record CreateTransferRequest(
    @NotNull UUID caseId,
    @NotBlank @Size(max = 64) String toAgency,
    @Nullable Urgency urgency,
    @NotBlank @Size(max = 2000) String reason,
    @Nullable @Valid ConsentOverrideRequest consentOverride) {

  ReferralCommand toCommand() {
    return new ReferralCommand(
        ReferralKind.TRANSFER,
        new CaseId(caseId),
        null,
        toAgency,
        urgency,
        reason.strip(),
        consentOverride == null ? null : consentOverride.justification().strip());
  }
}
