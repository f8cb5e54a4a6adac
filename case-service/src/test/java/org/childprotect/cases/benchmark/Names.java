package org.childprotect.cases.benchmark;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Children's and caregivers' names drawn the way they occur in a Cambodian caseload with a Vietnamese minority:
 * a few family names are very common (Sok, Chan, Nguyễn), given names spread wider. Also the variants a worker
 * may type when searching: other romanisations, no accents, family name first.
 */
final class Names {

	/** Khmer family names, each repeated by its weight. */
	private static final List<String> KHMER_FAMILY = weighted(Map.ofEntries(Map.entry("Sok", 10),
			Map.entry("Chan", 8), Map.entry("Kim", 6), Map.entry("Ly", 6), Map.entry("Heng", 5), Map.entry("Meas", 5),
			Map.entry("Keo", 5), Map.entry("Chea", 5), Map.entry("Pich", 4), Map.entry("Sam", 4), Map.entry("Seng", 4),
			Map.entry("Touch", 3), Map.entry("Nov", 3), Map.entry("Prak", 3), Map.entry("Yim", 3), Map.entry("Chhay", 3),
			Map.entry("Ouk", 3), Map.entry("Sun", 2), Map.entry("Mao", 2), Map.entry("Long", 2), Map.entry("Som", 2),
			Map.entry("Hem", 2), Map.entry("Vong", 2), Map.entry("Lim", 2), Map.entry("Tep", 2), Map.entry("Bun", 2),
			Map.entry("Khiev", 1), Map.entry("Nhem", 1), Map.entry("Sath", 1), Map.entry("Phan", 2)));

	private static final List<String> KHMER_GIVEN = List.of("Dara", "Sokha", "Bopha", "Chantha", "Vanna",
			"Sreyneang", "Piseth", "Ratha", "Sopheap", "Kosal", "Malis", "Nary", "Thida", "Vibol", "Lina", "Mony",
			"Rith", "Sina", "Tola", "Sophea", "Vuthy", "Rotha", "Chenda", "Kunthea", "Pisey", "Sothea", "Makara",
			"Bunthoeun", "Davy", "Leakhena", "Sreymom", "Chanthou", "Rachana", "Sokunthea", "Phirun", "Visal",
			"Samnang", "Sovann", "Kanha", "Sreyleak", "Dalin", "Panha", "Rina", "Seyha", "Sambath", "Monika",
			"Socheata", "Theary", "Vichet", "Chamroeun");

	private static final List<String> VIETNAMESE_FAMILY = weighted(Map.ofEntries(Map.entry("Nguyễn", 38),
			Map.entry("Trần", 11), Map.entry("Lê", 9), Map.entry("Phạm", 7), Map.entry("Hoàng", 5),
			Map.entry("Huỳnh", 5), Map.entry("Phan", 4), Map.entry("Vũ", 3), Map.entry("Võ", 3), Map.entry("Đặng", 2),
			Map.entry("Bùi", 2), Map.entry("Đỗ", 2), Map.entry("Hồ", 2), Map.entry("Ngô", 2), Map.entry("Dương", 1),
			Map.entry("Lý", 1)));

	private static final List<String> VIETNAMESE_MIDDLE = List.of("Văn", "Thị", "Minh", "Hữu", "Ngọc", "Đức");

	private static final List<String> VIETNAMESE_GIVEN = List.of("An", "Anh", "Bình", "Châu", "Dũng", "Hà", "Hải",
			"Hạnh", "Hòa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Ngọc", "Phúc",
			"Phương", "Quang", "Quân", "Thảo", "Thu", "Trang", "Trung", "Tuấn", "Vy", "Yến");

	/** Spellings of the same Khmer name by another romanisation. */
	private static final Map<String, String> VARIANTS = Map.ofEntries(Map.entry("Sok", "Sokh"),
			Map.entry("Chan", "Chhan"), Map.entry("Chhay", "Chay"), Map.entry("Vanna", "Vana"),
			Map.entry("Sophea", "Sophia"), Map.entry("Piseth", "Piset"), Map.entry("Vuthy", "Vuthi"),
			Map.entry("Kosal", "Kusal"), Map.entry("Bopha", "Bupha"), Map.entry("Ouk", "Uk"), Map.entry("Meas", "Mias"),
			Map.entry("Heng", "Hieng"), Map.entry("Thida", "Thyda"), Map.entry("Sreymom", "Sreimom"),
			Map.entry("Chea", "Jea"), Map.entry("Phirun", "Pirun"));

	private Names() {
	}

	/** A child's name: 80 % Khmer, 20 % Vietnamese (given name with a middle name). */
	static Name child(Random random) {
		if (random.nextInt(5) == 0) {
			return new Name(pick(random, VIETNAMESE_MIDDLE) + " " + pick(random, VIETNAMESE_GIVEN),
					pick(random, VIETNAMESE_FAMILY));
		}
		return new Name(pick(random, KHMER_GIVEN), pick(random, KHMER_FAMILY));
	}

	/** A caregiver's full name, family name first as in Khmer and Vietnamese usage. */
	static String caregiver(Random random) {
		Name name = child(random);
		return name.familyName() + " " + name.givenName();
	}

	/** What a worker might type for this name: a variant spelling, no accents, either order, any case. */
	static String typed(Name name, Random random) {
		String given = random.nextBoolean() ? variant(name.givenName()) : name.givenName();
		String family = random.nextBoolean() ? variant(name.familyName()) : name.familyName();
		if (random.nextBoolean()) {
			given = withoutAccents(given);
			family = withoutAccents(family);
		}
		String typed = random.nextBoolean() ? given + " " + family : family + " " + given;
		return random.nextInt(4) == 0 ? typed.toLowerCase(Locale.ROOT) : typed;
	}

	private static String variant(String name) {
		StringBuilder varied = new StringBuilder();
		for (String part : name.split(" ")) {
			varied.append(varied.isEmpty() ? "" : " ").append(VARIANTS.getOrDefault(part, part));
		}
		return varied.toString();
	}

	private static String withoutAccents(String text) {
		return Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
	}

	private static String pick(Random random, List<String> names) {
		return names.get(random.nextInt(names.size()));
	}

	private static List<String> weighted(Map<String, Integer> weights) {
		return weights.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.flatMap(e -> java.util.Collections.nCopies(e.getValue(), e.getKey()).stream())
			.toList();
	}

	record Name(String givenName, String familyName) {
	}

}
