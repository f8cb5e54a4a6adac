package org.childprotect.cases;

import java.time.LocalDate;
import java.time.ZoneId;

/** Bodies of the casework commands as the case page sends them. */
public final class WorkflowBodies {

	private WorkflowBodies() {
	}

	public static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Phnom_Penh"));
	}

	public static String registrationDetails() {
		return """
				{"otherNames": ["Sok"], "nationality": "Cambodian", "languages": ["km"],
				 "location": {"district": "KH-PP", "commune": "KH-PP-TBS"},
				 "caregivers": [{"name": "Chan Srey", "relationship": "mother", "contact": "012 345 678"}],
				 "source": "HELPLINE"}
				""";
	}

	public static String riskChange(String level) {
		return """
				{"riskLevel": "%s", "reason": "Offender found the new account"}
				""".formatted(level);
	}

	public static String assessment() {
		return """
				{"needs": [{"domain": "SAFETY", "level": "HIGH", "notes": "Contact continues"},
				           {"domain": "PSYCHOSOCIAL", "level": "MEDIUM"}],
				 "riskLevel": "HIGH"}
				""";
	}

	public static String casePlan() {
		return """
				{"goals": [{"description": "The child is safe online",
				            "actions": [{"description": "Report the account", "responsible": "worker.pp",
				                         "dueDate": "%s"}]}]}
				""".formatted(today().plusDays(7));
	}

	public static String decision(String decision) {
		return """
				{"decision": "%s", "comment": "Reviewed"}
				""".formatted(decision);
	}

	public static String service() {
		return """
				{"serviceType": "MEDICAL_CARE", "provider": "Calmette Hospital", "status": "PLANNED",
				 "plannedOn": "%s"}
				""".formatted(today().plusDays(1));
	}

	public static String serviceDelivered() {
		return """
				{"status": "DELIVERED"}
				""";
	}

	public static String followUp() {
		return """
				{"date": "%s", "kind": "VISIT", "outcome": "Child at home and safe", "nextDate": "%s"}
				""".formatted(today(), today().plusDays(14));
	}

	public static String closureRequest() {
		return """
				{"reason": "CASE_PLAN_COMPLETED",
				 "checklist": {"safe": true, "servicesDelivered": true, "childConsulted": true, "caregiverInformed": true}}
				""";
	}

	public static String reopen() {
		return """
				{"reason": "New report from the school"}
				""";
	}

	public static String assignment(String userId, String username) {
		return """
				{"workerUserId": "%s", "workerUsername": "%s"}
				""".formatted(userId, username);
	}

	public static String consent(String purpose) {
		return """
				{"purpose": "%s", "givenBy": "CAREGIVER", "givenOn": "%s"}
				""".formatted(purpose, today());
	}

	public static String withdrawal() {
		return """
				{"withdrawnOn": "%s"}
				""".formatted(today());
	}

	public static String note(String text, boolean sensitive) {
		return """
				{"text": "%s", "sensitive": %s}
				""".formatted(text, sensitive);
	}

	public static String planAction(boolean done) {
		return """
				{"done": %s}
				""".formatted(done);
	}

}
