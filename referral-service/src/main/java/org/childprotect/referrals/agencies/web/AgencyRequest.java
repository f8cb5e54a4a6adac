package org.childprotect.referrals.agencies.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.childprotect.referrals.agencies.Agency;
import org.childprotect.referrals.agencies.AgencyType;
import org.jspecify.annotations.Nullable;

/**
 * {@code PUT /api/agencies/{code}}: the whole agency as an administrator wants it. Focal points are usernames of
 * the agency's staff who answer referrals besides its referral officers.
 */
public record AgencyRequest(
    @NotBlank @Size(max = 200) String name,
    @NotNull AgencyType type,
    @NotEmpty @Size(max = 100)
        List<@NotBlank @Pattern(regexp = "[A-Z]{2}(-[A-Z0-9]+)+", message = "must be a district code") String>
            districts,
    @NotEmpty @Size(max = 100)
        List<@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be a service type code") String>
            services,
    @Nullable @Size(max = 100) List<@NotBlank @Size(max = 100) String> focalPoints) {

  Agency toAgency(String code) {
    return new Agency(
        code,
        name.strip(),
        type,
        districts.stream().distinct().toList(),
        services.stream().distinct().toList(),
        focalPoints == null ? List.of() : focalPoints.stream().map(String::strip).distinct().toList(),
        0);
  }
}
