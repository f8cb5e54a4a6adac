package org.childprotect.cases;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a worker learns about the child beyond the registration form: aliases, nationality, languages,
 * disability, where the child is now, who cares for them, and how the case came in. Codes (location, source)
 * are checked against the reference data by the use case; this record guards shape and size.
 *
 * @param source intake channel code from the reference data, e.g. {@code HELPLINE}
 */
public record RegistrationDetails(List<String> otherNames, @Nullable String nationality, List<String> languages,
		@Nullable String disability, @Nullable Location location, List<Caregiver> caregivers,
		@Nullable String source) {

	public static final int MAX_ENTRIES = 10;

	public static final RegistrationDetails NONE = new RegistrationDetails(List.of(), null, List.of(), null, null,
			List.of(), null);

	public RegistrationDetails {
		otherNames = names("otherNames", otherNames, ChildIdentity.MAX_NAME_LENGTH);
		languages = names("languages", languages, 64);
		caregivers = caregivers == null ? List.of() : List.copyOf(caregivers);
		if (caregivers.size() > MAX_ENTRIES) {
			throw InvalidCaseInput.of("caregivers", "at most " + MAX_ENTRIES + " entries");
		}
		nationality = FreeText.optional("nationality", nationality, 64);
		disability = FreeText.optional("disability", disability, 500);
		source = FreeText.optional("source", source, 64);
	}

	/** Applies a partial edit: what the change leaves out stays as it is. */
	public RegistrationDetails with(Change change) {
		return new RegistrationDetails(change.otherNames() != null ? change.otherNames() : otherNames,
				change.nationality() != null ? change.nationality() : nationality,
				change.languages() != null ? change.languages() : languages,
				change.disability() != null ? change.disability() : disability,
				change.location() != null ? change.location() : location,
				change.caregivers() != null ? change.caregivers() : caregivers,
				change.source() != null ? change.source() : source);
	}

	private static List<String> names(String field, @Nullable List<String> values, int max) {
		if (values == null) {
			return List.of();
		}
		if (values.size() > MAX_ENTRIES) {
			throw InvalidCaseInput.of(field, "at most " + MAX_ENTRIES + " entries");
		}
		List<String> stripped = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			stripped.add(FreeText.required(field + "[" + i + "]", values.get(i), max));
		}
		return List.copyOf(stripped);
	}

	/**
	 * Where the child currently lives, down the admin hierarchy.
	 *
	 * @param region filled from the district by the use case when left out
	 */
	public record Location(@Nullable String region, String district, @Nullable String commune) {

		public Location {
			district = FreeText.required("location.district", district, 32);
			region = FreeText.optional("location.region", region, 32);
			commune = FreeText.optional("location.commune", commune, 32);
		}

		public Location inRegion(String regionCode) {
			return new Location(regionCode, district, commune);
		}

	}

	/** A person caring for the child; {@code contact} is how to reach them (phone, address). */
	public record Caregiver(String name, String relationship, @Nullable String contact) {

		public Caregiver {
			name = FreeText.required("caregivers.name", name, ChildIdentity.MAX_NAME_LENGTH);
			relationship = FreeText.required("caregivers.relationship", relationship, 64);
			contact = FreeText.optional("caregivers.contact", contact, 100);
		}

	}

	/**
	 * A partial edit. A component left out (null) keeps its value; an empty list or blank text clears it.
	 */
	public record Change(@Nullable List<String> otherNames, @Nullable String nationality,
			@Nullable List<String> languages, @Nullable String disability, @Nullable Location location,
			@Nullable List<Caregiver> caregivers, @Nullable String source) {

		/** The sections of the record this change touches, for the audit trail. */
		public List<String> sections() {
			List<String> sections = new ArrayList<>();
			if (otherNames != null) {
				sections.add("identity");
			}
			if (nationality != null || languages != null || disability != null) {
				sections.add("registration");
			}
			if (location != null) {
				sections.add("location");
			}
			if (caregivers != null) {
				sections.add("caregivers");
			}
			if (source != null) {
				sections.add("source");
			}
			return sections;
		}

	}

}
