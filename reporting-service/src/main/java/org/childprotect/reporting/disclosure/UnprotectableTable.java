package org.childprotect.reporting.disclosure;

/**
 * A table so sparse that protecting it would take more suppressed cells than the audit can check in reasonable
 * time; it is refused rather than published unchecked.
 */
public class UnprotectableTable extends RuntimeException {

	public UnprotectableTable(int suppressed) {
		super("the table would need more than " + suppressed
				+ " suppressed cells; ask for fewer dimensions or a longer period");
	}

}
