package org.childprotect.reporting.tables.web;

import org.childprotect.reporting.disclosure.DisclosurePolicy;

/** The policy a response was protected with, and how many of its figures it hid. */
public record DisclosureBody(String mode, int k, int roundingBase, int suppressedCells) {

	public static DisclosureBody of(DisclosurePolicy policy, int suppressedCells) {
		return new DisclosureBody(policy.mode().name(), policy.k(), policy.roundingBase(), suppressedCells);
	}

}
