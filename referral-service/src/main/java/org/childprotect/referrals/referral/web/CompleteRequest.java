package org.childprotect.referrals.referral.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.childprotect.referrals.referral.CompletionOutcome;
import org.jspecify.annotations.Nullable;

public record CompleteRequest(@NotNull CompletionOutcome outcome, @Nullable @Size(max = 2000) String comment) {}
