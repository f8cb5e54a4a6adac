package org.childprotect.cases.imports;

import java.util.List;

/**
 * The columns of the import template, with the titles clerks actually write over them in English and Khmer.
 * Titles are compared loosely ({@link LooseText#key}), so "Date of birth", "DATE OF BIRTH" and "date_of_birth"
 * are one column; hints in brackets ("Date of birth (dd/mm/yyyy)") are ignored.
 */
enum Column {

	PAPER_FORM_NUMBER("Paper form number", "លេខទម្រង់ក្រដាស", true, "paperformnumber", "paperformno", "paperform",
			"formnumber", "formno", "form", "formid", "filenumber", "fileno", "លេខទម្រង់", "លេខសំណុំរឿង"),
	DISTRICT("District", "ស្រុក/ខណ្ឌ", true, "district", "districtcode", "province", "ស្រុក", "ខណ្ឌ", "ស្រុកខណ្ឌ",
			"ខេត្ត"),
	GIVEN_NAME("Given name", "នាមខ្លួន", true, "givenname", "firstname", "forename", "នាមខ្លួន", "នាម"),
	FAMILY_NAME("Family name", "នាមត្រកូល", true, "familyname", "surname", "lastname", "នាមត្រកូល", "ត្រកូល",
			"គោត្តនាម"),
	SEX("Sex", "ភេទ", true, "sex", "gender", "ភេទ"),
	DATE_OF_BIRTH("Date of birth", "ថ្ងៃខែឆ្នាំកំណើត", false, "dateofbirth", "birthdate", "dob", "birthday", "born",
			"ថ្ងៃខែឆ្នាំកំណើត", "ថ្ងៃកំណើត"),
	AGE("Age (years)", "អាយុ (ឆ្នាំ)", false, "age", "ageyears", "estimatedage", "approximateage", "អាយុ",
			"អាយុឆ្នាំ", "អាយុប៉ាន់ស្មាន"),
	CONCERNS("Concerns", "បញ្ហាការពារកុមារ", true, "concerns", "concern", "concerncodes", "protectionconcerns",
			"protectionconcern", "issues", "បញ្ហាការពារកុមារ", "បញ្ហា", "កង្វល់"),
	RISK_LEVEL("Risk level", "កម្រិតហានិភ័យ", true, "risklevel", "risk", "កម្រិតហានិភ័យ", "ហានិភ័យ");

	/** Columns the error report adds; a corrected report can be uploaded again as it is. */
	static final List<String> REPORT_COLUMN_KEYS = List.of("rowinoriginalfile", "problems", "ជួរដេកក្នុងឯកសារដើម",
			"បញ្ហាដែលរកឃើញ");

	private final String english;

	private final String khmer;

	private final boolean required;

	private final List<String> aliases;

	Column(String english, String khmer, boolean required, String... aliases) {
		this.english = english;
		this.khmer = khmer;
		this.required = required;
		this.aliases = java.util.Arrays.stream(aliases).map(LooseText::key).toList();
	}

	String title(TemplateLanguage language) {
		return language == TemplateLanguage.KM ? khmer : english;
	}

	/** Required on every row; date of birth and age are required as a pair (one of them). */
	boolean required() {
		return required;
	}

	boolean matches(String headerKey) {
		return aliases.contains(headerKey) || LooseText.key(english).equals(headerKey)
				|| LooseText.key(khmer).equals(headerKey);
	}

}
