package org.childprotect.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.childprotect.cases.audit.AuditAction;
import org.childprotect.cases.audit.AuditTrail;
import org.childprotect.cases.reference.ReferenceCode;
import org.childprotect.cases.reference.ReferenceData;
import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The least a receiving agency needs to act on a referral: the fields the data-sharing profile of the service
 * type allows, and only with a referral consent in force. Read by the referral service with the worker's own
 * token, so the worker's scope applies; every read is audited.
 */
@Service
public class ReferralSnapshots {

	public static final String AUDIT_REASON = "referral snapshot";

	/** Followed by the referral id, which leads to the supervisor's justification in the referral service. */
	public static final String OVERRIDE_REASON = "referral snapshot without consent, supervisor override, referral ";

	private final Cases cases;

	private final ReferenceData referenceData;

	private final AuditTrail auditTrail;

	private final Clock clock;

	ReferralSnapshots(Cases cases, ReferenceData referenceData, AuditTrail auditTrail, Clock clock) {
		this.cases = cases;
		this.referenceData = referenceData;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	public ReferralSnapshot snapshotFor(CaseId id, @Nullable String serviceType, Caller caller) {
		return snapshotFor(id, serviceType, caller, null);
	}

	/**
	 * @param overrideForReferral when a supervisor shares without recorded consent: the referral whose documented
	 * override (justification, audited by the referral service) allows it. Only a supervisor of the case's district
	 * may ask so; the snapshot is then the profile's, and the case's audit trail names the referral.
	 */
	public ReferralSnapshot snapshotFor(CaseId id, @Nullable String serviceType, Caller caller,
			@Nullable UUID overrideForReferral) {
		if (serviceType == null || serviceType.isBlank()
				|| !referenceData.isCode(ReferenceCode.SERVICE_TYPES, serviceType)) {
			throw InvalidCaseInput.of("serviceType", "is not a known service type code");
		}
		if (overrideForReferral != null && !caller.hasRole(Caller.SUPERVISOR)) {
			throw new ActionNotPermitted("Only a supervisor may share a case without recorded consent.");
		}
		ChildCase childCase = cases.byId(id)
			.filter(CaseScope.of(caller)::covers)
			.orElseThrow(() -> new CaseNotFound(id));
		if (overrideForReferral != null && !caller.coversDistrict(childCase.district())) {
			throw new ActionNotPermitted(
					"Only a supervisor of the case's district may share it without recorded consent.");
		}
		boolean consent = childCase.hasConsentFor(Consent.Purpose.REFERRAL);
		boolean overridden = !consent && overrideForReferral != null;
		// Without consent nothing about the child is shared, whatever the profile says, unless a supervisor
		// documented why it must be.
		List<String> fields = consent || overridden ? referenceData.sharedFields(serviceType) : List.of();
		Map<String, @Nullable Object> snapshot = new LinkedHashMap<>();
		LocalDate today = LocalDate.now(clock);
		for (String field : fields) {
			snapshot.put(field, valueOf(childCase, field, today));
		}
		List<String> sections = new ArrayList<>(fields);
		sections.add("consents");
		auditTrail.record(caller, AuditAction.REFERRAL_SNAPSHOT_READ, List.of(id.toString()), sections,
				overridden ? OVERRIDE_REASON + overrideForReferral : AUDIT_REASON);
		return new ReferralSnapshot(childCase, consent, overridden, snapshot);
	}

	private static @Nullable Object valueOf(ChildCase childCase, String field, LocalDate today) {
		ChildIdentity child = childCase.child();
		RegistrationDetails details = childCase.registrationDetails();
		return switch (field) {
			case "givenName" -> child.givenName();
			case "familyName" -> child.familyName();
			case "otherNames" -> details.otherNames();
			case "sex" -> child.sex().name();
			case "ageYears" -> child.ageYearsOn(today);
			case "agePrecision" -> child.agePrecision().name();
			case "dateOfBirth" -> child.dateOfBirth() == null ? null : child.dateOfBirth().toString();
			case "nationality" -> details.nationality();
			case "languages" -> details.languages();
			case "disability" -> details.disability();
			case "location" -> location(childCase);
			case "caregivers" -> details.caregivers().stream().map(ReferralSnapshots::caregiver).toList();
			case "concerns" -> childCase.concerns();
			case "needs" -> childCase.assessment() == null ? List.of()
					: childCase.assessment().needs().stream().map(ReferralSnapshots::need).toList();
			// A profile can only name known fields (checked when it is stored); anything else shares nothing.
			default -> null;
		};
	}

	private static Map<String, @Nullable String> location(ChildCase childCase) {
		RegistrationDetails.Location location = childCase.registrationDetails().location();
		Map<String, @Nullable String> shared = new LinkedHashMap<>();
		shared.put("region", location == null ? null : location.region());
		shared.put("district", location == null ? childCase.district() : location.district());
		shared.put("commune", location == null ? null : location.commune());
		return shared;
	}

	private static Map<String, @Nullable String> caregiver(RegistrationDetails.Caregiver caregiver) {
		Map<String, @Nullable String> shared = new LinkedHashMap<>();
		shared.put("name", caregiver.name());
		shared.put("relationship", caregiver.relationship());
		shared.put("contact", caregiver.contact());
		return shared;
	}

	/** Domain and level only: assessment notes are case notes and never leave the case. */
	private static Map<String, String> need(Assessment.Need need) {
		return Map.of("domain", need.domain(), "level", need.level().name());
	}

	/**
	 * @param consentOverridden shared without consent on a supervisor's documented override
	 * @param snapshot field name to shared value, in the order of the profile; empty without consent or override
	 */
	public record ReferralSnapshot(ChildCase childCase, boolean referralConsent, boolean consentOverridden,
			Map<String, @Nullable Object> snapshot) {
	}

}
