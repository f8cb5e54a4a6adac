package org.childprotect.cases;

public enum RiskLevel {

	HIGH, MEDIUM, LOW

}
