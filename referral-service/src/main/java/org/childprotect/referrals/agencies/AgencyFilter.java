package org.childprotect.referrals.agencies;

import org.jspecify.annotations.Nullable;

/** Narrows the directory to agencies covering a district and/or offering a service type; null means any. */
public record AgencyFilter(@Nullable String district, @Nullable String serviceType) {}
