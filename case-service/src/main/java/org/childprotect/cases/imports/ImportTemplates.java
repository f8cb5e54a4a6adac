package org.childprotect.cases.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.childprotect.cases.reference.District;
import org.childprotect.cases.reference.Labels;
import org.childprotect.cases.reference.ReferenceCode;
import org.childprotect.cases.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * The files clerks fill in, generated from the current columns and reference data so they can never drift apart.
 * The XLSX template has drop-downs for the coded columns, text-formatted form number and date columns (so Excel
 * does not turn "03/05/2012" into a US date or drop a form number's leading zeros), a sheet of valid codes with
 * their labels, and a short guide.
 */
@Component
public class ImportTemplates {

	private static final int TEMPLATE_ROWS = 5_000;

	private final ReferenceData referenceData;

	ImportTemplates(ReferenceData referenceData) {
		this.referenceData = referenceData;
	}

	/** The header row alone, UTF-8 with a byte-order mark. */
	public byte[] csv(TemplateLanguage language) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
			out.write(CsvOut.BYTE_ORDER_MARK);
			CsvOut.row(out, Arrays.stream(Column.values()).map(column -> column.title(language)).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	public byte[] xlsx(TemplateLanguage language) {
		ReferenceData.Catalogue catalogue = referenceData.catalogue();
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			boolean khmer = language == TemplateLanguage.KM;
			XSSFSheet cases = workbook.createSheet(khmer ? "ករណី" : "Cases");
			XSSFSheet codes = workbook.createSheet(khmer ? "កូដ" : "Codes");
			XSSFSheet guide = workbook.createSheet(khmer ? "ការណែនាំ" : "Read me");
			CellStyle bold = boldStyle(workbook);
			writeHeader(cases, bold, language);
			int column = 0;
			column = codeTable(workbook, codes, bold, column, "Districts", khmer ? "ស្រុក/ខណ្ឌ" : "District",
					catalogue.districts(), District::code, District::labels, language);
			column = codeTable(workbook, codes, bold, column, "Concerns", khmer ? "បញ្ហាការពារកុមារ" : "Concern",
					catalogue.concerns(), ReferenceCode::code, ReferenceCode::labels, language);
			column = codeTable(workbook, codes, bold, column, "Sexes", khmer ? "ភេទ" : "Sex", catalogue.sexes(),
					ReferenceCode::code, ReferenceCode::labels, language);
			codeTable(workbook, codes, bold, column, "RiskLevels", khmer ? "កម្រិតហានិភ័យ" : "Risk level",
					catalogue.riskLevels(), ReferenceCode::code, ReferenceCode::labels, language);
			dropDown(cases, Column.DISTRICT, "Districts", true);
			dropDown(cases, Column.SEX, "Sexes", true);
			dropDown(cases, Column.RISK_LEVEL, "RiskLevels", true);
			// Several concerns go in one cell, which a strict list would refuse: suggest, do not enforce.
			dropDown(cases, Column.CONCERNS, "Concerns", false);
			writeGuide(guide, bold, language);
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writeHeader(XSSFSheet sheet, CellStyle bold, TemplateLanguage language) {
		Row header = sheet.createRow(0);
		CellStyle text = sheet.getWorkbook().createCellStyle();
		text.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("@"));
		for (Column column : Column.values()) {
			var cell = header.createCell(column.ordinal());
			cell.setCellValue(column.title(language));
			cell.setCellStyle(bold);
			sheet.setColumnWidth(column.ordinal(), 22 * 256);
			if (column == Column.PAPER_FORM_NUMBER || column == Column.DATE_OF_BIRTH || column == Column.AGE) {
				sheet.setDefaultColumnStyle(column.ordinal(), text);
			}
		}
		sheet.createFreezePane(0, 1);
	}

	/** Writes code, English and Khmer label side by side and names the label range for the drop-down. */
	private static <T> int codeTable(XSSFWorkbook workbook, XSSFSheet sheet, CellStyle bold, int firstColumn,
			String rangeName, String title, List<T> entries, Function<T, String> code, Function<T, Labels> labels,
			TemplateLanguage language) {
		Row header = row(sheet, 0);
		String[] titles = { title + (language == TemplateLanguage.KM ? " (កូដ)" : " code"), "English", "ខ្មែរ" };
		for (int i = 0; i < titles.length; i++) {
			var cell = header.createCell(firstColumn + i);
			cell.setCellValue(titles[i]);
			cell.setCellStyle(bold);
			sheet.setColumnWidth(firstColumn + i, 26 * 256);
		}
		for (int i = 0; i < entries.size(); i++) {
			Row row = row(sheet, i + 1);
			row.createCell(firstColumn).setCellValue(code.apply(entries.get(i)));
			row.createCell(firstColumn + 1).setCellValue(labels.apply(entries.get(i)).en());
			row.createCell(firstColumn + 2).setCellValue(labels.apply(entries.get(i)).km());
		}
		int labelColumn = firstColumn + (language == TemplateLanguage.KM ? 2 : 1);
		Name name = workbook.createName();
		name.setNameName(rangeName);
		String letters = ColumnLayout.letters(labelColumn);
		name.setRefersToFormula("'" + sheet.getSheetName() + "'!$" + letters + "$2:$" + letters + "$"
				+ Math.max(2, entries.size() + 1));
		return firstColumn + 4;
	}

	private static void dropDown(XSSFSheet sheet, Column column, String rangeName, boolean strict) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(rangeName),
				new CellRangeAddressList(1, TEMPLATE_ROWS, column.ordinal(), column.ordinal()));
		validation.setSuppressDropDownArrow(true);
		validation.setShowErrorBox(strict);
		if (strict) {
			validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
			validation.createErrorBox(column.title(TemplateLanguage.EN), "Choose a value from the list.");
		}
		sheet.addValidationData(validation);
	}

	private static void writeGuide(XSSFSheet sheet, CellStyle bold, TemplateLanguage language) {
		List<String> lines = language == TemplateLanguage.KM ? List.of("របៀបបំពេញ",
				"ជួរដេកមួយសម្រាប់ទម្រង់ក្រដាសមួយ។ លេខទម្រង់ក្រដាស ស្រុក/ខណ្ឌ នាម ភេទ បញ្ហា និងកម្រិតហានិភ័យ ត្រូវតែបំពេញ។",
				"ថ្ងៃខែឆ្នាំកំណើត៖ ថ្ងៃ/ខែ/ឆ្នាំ (03/05/2012), ឆ្នាំ (2012), ខែ/ឆ្នាំ (05/2012)។ ឬអាយុ៖ 12 ឬ ប្រហែល 12 ឆ្នាំ។",
				"បញ្ហាច្រើន៖ បំបែកដោយ ; (ឧ. NEGLECT; CHILD_LABOUR)។ កូដ ឬស្លាកពីសន្លឹក \"កូដ\" អាចប្រើបាន។",
				"ការនាំចូលម្តងទៀតនូវឯកសារដដែល មិនបង្កើតករណីស្ទួនទេ។")
				: List.of("How to fill in this template",
						"One row per paper form. Paper form number, district, names, sex, concerns and risk level are required.",
						"Date of birth: day/month/year (03/05/2012), 2012-05-03, 3-May-2012, a year (2012) or month/year (05/2012). "
								+ "Or leave it empty and give the age: 12, or about 12 years.",
						"Several concerns: separate them with ; (e.g. NEGLECT; CHILD_LABOUR). Codes or labels from the Codes sheet both work.",
						"District must be one of your own districts. Columns may be in any order; titles in English or Khmer.",
						"Importing the same file again creates nothing twice: rows are recognised by district and paper form number.");
		for (int i = 0; i < lines.size(); i++) {
			var cell = sheet.createRow(i).createCell(0);
			cell.setCellValue(lines.get(i));
			if (i == 0) {
				cell.setCellStyle(bold);
			}
		}
		sheet.setColumnWidth(0, 120 * 256);
	}

	private static CellStyle boldStyle(XSSFWorkbook workbook) {
		Font font = workbook.createFont();
		font.setBold(true);
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		return style;
	}

	private static Row row(XSSFSheet sheet, int index) {
		Row row = sheet.getRow(index);
		return row != null ? row : sheet.createRow(index);
	}

}
