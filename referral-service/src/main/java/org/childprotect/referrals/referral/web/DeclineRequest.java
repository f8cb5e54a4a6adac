package org.childprotect.referrals.referral.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.childprotect.referrals.referral.DeclineReason;
import org.jspecify.annotations.Nullable;

public record DeclineRequest(@NotNull DeclineReason reason, @Nullable @Size(max = 2000) String comment) {}
