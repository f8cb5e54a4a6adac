package org.childprotect.cases.imports;

import java.nio.charset.StandardCharsets;

/** Generated import files of any size, clean unless told otherwise. */
final class CaseFiles {

	static final String HEADER = "Paper form number,District,Given name,Family name,Sex,Date of birth,Age,Concerns,"
			+ "Risk level\r\n";

	private static final String[] GIVEN = { "Sokha", "Dara", "Vanna", "Bopha", "Piseth", "Sreyleak", "Kosal", "Thida",
			"Rith", "Maly", "Nita", "Mony", "Chenda", "Visal", "Sophea", "Rachana" };

	private static final String[] FAMILY = { "Chan", "Kim", "Heng", "Ly", "Ouk", "Meas", "Chea", "Sam", "Yos", "Pich",
			"Sao", "Keo", "Touch", "Lim", "Prak", "Nhem", "Hun", "Seng", "Mao", "Tep" };

	private CaseFiles() {
	}

	/** {@code rows} valid rows numbered {@code prefix-1...} in the given district. */
	static byte[] csv(String prefix, int rows, String district) {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 1; i <= rows; i++) {
			csv.append(row(prefix + "-" + i, district, i));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** One valid row; the name and birth date vary with {@code seed}. */
	static String row(String form, String district, int seed) {
		return "%s,%s,%s%s,%s,%s,%02d/%02d/%d,,NEGLECT,%s\r\n".formatted(form, district, GIVEN[seed % GIVEN.length],
				seed / GIVEN.length % 7 == 0 ? "" : "a".repeat(seed / GIVEN.length % 7), FAMILY[seed / 3 % FAMILY.length],
				seed % 2 == 0 ? "F" : "M", 1 + seed % 28, 1 + seed % 12, 2009 + seed % 9,
				seed % 3 == 0 ? "HIGH" : "LOW");
	}

	static byte[] of(String... lines) {
		return (HEADER + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

}
