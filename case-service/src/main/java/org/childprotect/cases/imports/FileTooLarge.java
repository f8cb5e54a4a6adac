package org.childprotect.cases.imports;

import org.springframework.util.unit.DataSize;

/** The upload is bigger than imports accept; nothing of it is kept. */
public class FileTooLarge extends RuntimeException {

	private final DataSize limit;

	public FileTooLarge(DataSize limit) {
		super("The file is larger than " + limit.toMegabytes() + " MB");
		this.limit = limit;
	}

	public DataSize limit() {
		return limit;
	}

}
