package org.childprotect.referrals.referral.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A supervisor's documented reason to share a case without recorded consent; a few words are not enough. */
public record ConsentOverrideRequest(
    @NotBlank @Size(min = 20, max = 2000, message = "must explain the decision in 20 to 2000 characters")
        String justification) {}
