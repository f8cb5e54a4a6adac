package org.childprotect.referrals.referral.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record RevokeRequest(@Nullable @Size(max = 2000) String comment) {}
