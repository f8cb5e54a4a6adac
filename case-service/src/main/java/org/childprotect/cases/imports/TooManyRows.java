package org.childprotect.cases.imports;

/** The file has more data rows than one import takes; the clerk splits it. */
public class TooManyRows extends UnreadableFile {

	public TooManyRows(int limit) {
		super("The file has more than " + limit + " rows. Split it into files of at most " + limit
				+ " rows and import them one after the other.");
	}

}
