package org.childprotect.reporting.generations;

/**
 * One complete set of read-model collections. Collections are named {@code <base>_g<number>}, so a rebuild can fill
 * a new generation beside the one being served.
 */
public record Generation(int number) {

	private static final String SUFFIX = "_g";

	public Generation {
		if (number < 1) {
			throw new IllegalArgumentException("generations are numbered from 1");
		}
	}

	public String collection(String base) {
		return base + SUFFIX + number;
	}

	public boolean owns(String collectionName) {
		return collectionName.endsWith(SUFFIX + number);
	}

	public Generation next() {
		return new Generation(number + 1);
	}

	@Override
	public String toString() {
		return "g" + number;
	}

}
