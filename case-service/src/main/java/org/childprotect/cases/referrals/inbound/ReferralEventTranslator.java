package org.childprotect.cases.referrals.inbound;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.childprotect.cases.CaseId;
import org.childprotect.cases.CaseReferral;
import org.childprotect.cases.referrals.ReferralAnnouncement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a {@code referral.v1} record into a referral announcement for its case, with this service's own small
 * record types (the producer's schemas live with the producer). Every event type carries the referral's whole
 * state, so all of them translate the same way; what is missing or malformed makes the record unreadable.
 */
@Component
class ReferralEventTranslator {

	/** The types the referral service publishes; all carry the same data shape. */
	static final Set<String> REFERRAL_TYPES = Set.of("ReferralRequested", "ReferralAccepted", "ReferralDeclined",
			"ReferralCompleted", "ReferralRevoked", "ReferralExpired", "ReferralOverdue", "TransferRequested",
			"TransferAccepted", "TransferDeclined");

	/** Event names are PascalCase words; anything else is not a type name and must not become a metric tag. */
	private static final Pattern EVENT_TYPE = Pattern.compile("[A-Z][A-Za-z0-9]{0,63}");

	private static final Pattern AGENCY = Pattern.compile("AG-[A-Z0-9]+(-[A-Z0-9]+)*");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{0,63}");

	private final JsonMapper json;

	ReferralEventTranslator(JsonMapper json) {
		this.json = json;
	}

	/**
	 * @param key the record's key, the case id, when the record has one; it must agree with the data
	 */
	TranslatedReferralEvent translate(@Nullable String key, @Nullable String value) {
		ReferralEventEnvelope envelope = envelope(value);
		String type = envelope.type();
		if (type == null || !EVENT_TYPE.matcher(type).matches()) {
			throw new UnreadableReferralEvent("referral event without a valid type");
		}
		if (!REFERRAL_TYPES.contains(type)) {
			return new TranslatedReferralEvent.Ignored(type);
		}
		String referralId = uuid(envelope.aggregateId(), "aggregateId");
		Long version = envelope.aggregateVersion();
		if (version == null || version < 0) {
			throw new UnreadableReferralEvent(type + " without a valid aggregateVersion");
		}
		ReferralEventData data = data(envelope, type);
		if (data.referralId() == null || !referralId.equals(uuid(data.referralId(), "data.referralId"))) {
			throw new UnreadableReferralEvent(type + " whose referralId differs from its aggregateId");
		}
		CaseId caseId = CaseId.of(uuid(data.caseId(), "data.caseId"));
		if (key != null && !key.equals(caseId.toString())) {
			throw new UnreadableReferralEvent(type + " whose key is not its caseId");
		}
		CaseReferral referral = new CaseReferral(referralId, value(CaseReferral.Kind.class, data.kind(), "kind"),
				code(data.serviceType(), "serviceType"), agency(data.fromAgency(), "fromAgency", true),
				agency(data.toAgency(), "toAgency", true), code(data.urgency(), "urgency"),
				value(CaseReferral.Status.class, data.status(), "status"), Boolean.TRUE.equals(data.overdue()),
				code(data.consentBasis(), "consentBasis"), data.requestedAt(), data.respondBy(), data.acceptedAt(),
				data.completeBy(), data.closedAt(), code(data.declineReason(), "declineReason"),
				code(data.outcome(), "outcome"), agency(data.newOwnerAgency(), "newOwnerAgency", false), version);
		return new TranslatedReferralEvent.Relevant(new ReferralAnnouncement(caseId, type, referral));
	}

	/** The type tag for a record that may not even be JSON, for counting a failure without its content. */
	String typeOf(@Nullable String value) {
		try {
			String type = envelope(value).type();
			return type != null && EVENT_TYPE.matcher(type).matches() ? type : "unreadable";
		}
		catch (UnreadableReferralEvent unreadable) {
			return "unreadable";
		}
	}

	private ReferralEventEnvelope envelope(@Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new UnreadableReferralEvent("empty referral event");
		}
		try {
			return json.readValue(value, ReferralEventEnvelope.class);
		}
		catch (JacksonException notJson) {
			throw new UnreadableReferralEvent("referral event is not a JSON envelope", notJson.getClass());
		}
	}

	private ReferralEventData data(ReferralEventEnvelope envelope, String type) {
		JsonNode data = envelope.data();
		if (data == null || !data.isObject()) {
			throw new UnreadableReferralEvent(type + " without data");
		}
		try {
			return json.treeToValue(data, ReferralEventData.class);
		}
		catch (JacksonException mismatch) {
			throw new UnreadableReferralEvent(type + " data does not match its schema", mismatch.getClass());
		}
	}

	private static String uuid(@Nullable String value, String field) {
		if (value == null) {
			throw new UnreadableReferralEvent("referral event without " + field);
		}
		try {
			return UUID.fromString(value).toString();
		}
		catch (IllegalArgumentException notUuid) {
			throw new UnreadableReferralEvent("referral event whose " + field + " is not a UUID");
		}
	}

	private static <E extends Enum<E>> E value(Class<E> type, @Nullable String value, String field) {
		if (value == null) {
			throw new UnreadableReferralEvent("referral event without " + field);
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new UnreadableReferralEvent("referral event with an unknown " + field);
		}
	}

	private static @Nullable String agency(@Nullable String value, String field, boolean required) {
		if (value == null && !required) {
			return null;
		}
		if (value == null || !AGENCY.matcher(value).matches()) {
			throw new UnreadableReferralEvent("referral event without a valid " + field);
		}
		return value;
	}

	/** Codes are optional here (they depend on the state); one that is present must look like a code. */
	private static @Nullable String code(@Nullable String value, String field) {
		if (value != null && !CODE.matcher(value).matches()) {
			throw new UnreadableReferralEvent("referral event with a malformed " + field);
		}
		return value;
	}

}
