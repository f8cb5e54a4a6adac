package org.childprotect.cases.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.childprotect.cases.CaseSource;
import org.childprotect.cases.ChildIdentity;
import org.childprotect.cases.InvalidCaseInput;
import org.childprotect.cases.PaperForm;
import org.childprotect.cases.Registration;
import org.childprotect.cases.RiskLevel;
import org.childprotect.cases.Sex;
import org.jspecify.annotations.Nullable;

/**
 * Turns one row of a file into a registration, by the same rules as the registration form plus the paper-specific
 * ones: codes by code or label, dates as clerks write them, the importer's own districts only, and a paper form
 * number on every row. Collects every problem of a row at once, so the clerk fixes a row in one go.
 */
final class PaperRecordReader {

	/** Several concerns share one cell, separated the ways lists are written by hand. */
	private static final Pattern CONCERN_SEPARATORS = Pattern.compile("[;,|\\n\\r]+");

	private static final char UNIT = '\u001f';

	private final ColumnLayout layout;

	private final CodeBook codes;

	private final Set<String> allowedDistricts;

	private final LocalDate today;

	/**
	 * @param allowedDistricts the districts the importer may import into; empty means every district (national
	 * administrators)
	 */
	PaperRecordReader(ColumnLayout layout, CodeBook codes, Set<String> allowedDistricts, LocalDate today) {
		this.layout = layout;
		this.codes = codes;
		this.allowedDistricts = Set.copyOf(allowedDistricts);
		this.today = today;
	}

	ReadRow read(SourceRow row) {
		List<RowProblem> problems = new ArrayList<>();
		for (Column column : Column.values()) {
			String unreadable = layout.unreadable(row, column);
			if (!unreadable.isEmpty()) {
				problems.add(new RowProblem(column, unreadable));
			}
		}
		String formNumber = text(row, Column.PAPER_FORM_NUMBER);
		if (formNumber.isEmpty()) {
			problems.add(new RowProblem(Column.PAPER_FORM_NUMBER, "is required"));
		}
		else if (PaperForm.normalise(formNumber).length() > PaperForm.MAX_NUMBER_LENGTH) {
			problems.add(new RowProblem(Column.PAPER_FORM_NUMBER,
					"must be at most " + PaperForm.MAX_NUMBER_LENGTH + " characters"));
		}
		@Nullable String district = district(row, problems);
		String givenName = name(row, Column.GIVEN_NAME, problems);
		String familyName = name(row, Column.FAMILY_NAME, problems);
		@Nullable Sex sex = code(row, Column.SEX, codes::sex, "sex", problems).map(Sex::valueOf).orElse(null);
		@Nullable RiskLevel risk = code(row, Column.RISK_LEVEL, codes::riskLevel, "risk level", problems).map(RiskLevel::valueOf)
			.orElse(null);
		List<String> concerns = concerns(row, problems);
		BirthDates.Reading birth = BirthDates.read(layout.value(row, Column.DATE_OF_BIRTH),
				layout.value(row, Column.AGE), today);
		problems.addAll(birth.problems());
		if (!problems.isEmpty() || birth.birth() == null || district == null || sex == null || risk == null) {
			return new ReadRow.Rejected(row, problems);
		}
		try {
			ChildIdentity child = new ChildIdentity(givenName, familyName, sex, birth.birth().dateOfBirth(),
					birth.birth().estimatedAgeYears(), birth.birth().approximate());
			child.requirePlausibleOn(today);
			String fingerprint = fingerprint(district, PaperForm.normalise(formNumber), child, birth.birth(), concerns,
					risk);
			PaperForm form = new PaperForm(district, formNumber, fingerprint);
			Registration registration = new Registration(child, district, concerns, risk, CaseSource.IMPORT, form);
			return new ReadRow.Accepted(row, registration, birth.birth().birthYear(today));
		}
		catch (InvalidCaseInput refused) {
			// The checks above mirror the case rules; should the rules grow, their words still reach the clerk.
			refused.violations().forEach(v -> problems.add(new RowProblem(null, v.field() + " " + v.message())));
			return new ReadRow.Rejected(row, problems);
		}
	}

	private String text(SourceRow row, Column column) {
		return LooseText.tidy(unquoted(layout.value(row, column)));
	}

	private String name(SourceRow row, Column column, List<RowProblem> problems) {
		String name = text(row, column);
		if (name.isEmpty()) {
			problems.add(new RowProblem(column, "is required"));
		}
		else if (name.length() > ChildIdentity.MAX_NAME_LENGTH) {
			problems.add(new RowProblem(column, "must be at most " + ChildIdentity.MAX_NAME_LENGTH + " characters"));
		}
		return name;
	}

	private @Nullable String district(SourceRow row, List<RowProblem> problems) {
		Optional<String> district = code(row, Column.DISTRICT, codes::district, "district", problems);
		if (district.isPresent() && !allowedDistricts.isEmpty() && !allowedDistricts.contains(district.get())) {
			problems.add(new RowProblem(Column.DISTRICT, district.get() + " is not one of your districts ("
					+ String.join(", ", new TreeSet<>(allowedDistricts)) + ")"));
			return null;
		}
		return district.orElse(null);
	}

	private Optional<String> code(SourceRow row, Column column, java.util.function.Function<String, Optional<String>> lookup,
			String what, List<RowProblem> problems) {
		String written = text(row, column);
		if (written.isEmpty()) {
			problems.add(new RowProblem(column, "is required"));
			return Optional.empty();
		}
		Optional<String> code = lookup.apply(written);
		if (code.isEmpty()) {
			problems.add(new RowProblem(column, "\"" + written + "\" is not a known " + what
					+ "; use a code or label from the Codes sheet of the template"));
		}
		return code;
	}

	private List<String> concerns(SourceRow row, List<RowProblem> problems) {
		String written = unquoted(layout.value(row, Column.CONCERNS));
		Set<String> found = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String part : CONCERN_SEPARATORS.split(written)) {
			String concern = LooseText.tidy(part);
			if (!concern.isEmpty()) {
				codes.concern(concern).ifPresentOrElse(found::add, () -> unknown.add("\"" + concern + "\""));
			}
		}
		if (!unknown.isEmpty()) {
			problems.add(new RowProblem(Column.CONCERNS, String.join(", ", unknown) + (unknown.size() == 1 ? " is" : " are")
					+ " not a known concern; use codes or labels from the Codes sheet, separated by \";\""));
		}
		else if (found.isEmpty()) {
			problems.add(new RowProblem(Column.CONCERNS, "name at least one concern"));
		}
		return List.copyOf(found);
	}

	/** The error report guards values against spreadsheet formulas with a leading quote; a re-upload drops it. */
	static String unquoted(String value) {
		return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0
				? value.substring(1) : value;
	}

	/**
	 * A digest of what the row says, in canonical spellings: the same record saved again (dates reformatted,
	 * labels instead of codes, concerns reordered) has the same fingerprint; a corrected name or date does not.
	 */
	static String fingerprint(String district, String formNumber, ChildIdentity child, Birth birth,
			List<String> concerns, RiskLevel risk) {
		StringBuilder content = new StringBuilder();
		content.append(district).append(UNIT).append(formNumber).append(UNIT);
		content.append(child.givenName()).append(UNIT).append(child.familyName()).append(UNIT);
		content.append(child.sex()).append(UNIT).append(birth.canonical()).append(UNIT);
		content.append(String.join(",", new TreeSet<>(concerns))).append(UNIT).append(risk);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", ex);
		}
	}

}
