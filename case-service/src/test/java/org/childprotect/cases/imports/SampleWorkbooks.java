package org.childprotect.cases.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the messy XLSX samples of {@code src/test/resources/imports}. Run it to regenerate them after changing
 * what they should contain: {@code java -cp <test classpath> org.childprotect.cases.imports.SampleWorkbooks
 * src/test/resources/imports}.
 */
public final class SampleWorkbooks {

	private SampleWorkbooks() {
	}

	public static void main(String[] args) throws IOException {
		Path directory = Path.of(args.length > 0 ? args[0] : "src/test/resources/imports");
		write(directory.resolve("messy-cases.xlsx"), messyWorkbook());
		write(directory.resolve("inline-1904.xlsx"), inlineStrings1904());
	}

	/**
	 * Khmer headers in another order than the template's, a blank row, date cells in US and custom formats,
	 * a date-time, formulas with calculated values (text and number), an error, a formula never calculated, rich
	 * text, a numeric form number, a Boolean, a second sheet that must not be read.
	 */
	static XSSFWorkbook messyWorkbook() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet("ករណី");
		CreationHelper helper = workbook.getCreationHelper();
		CellStyle usDate = workbook.createCellStyle();
		usDate.setDataFormat((short) 14); // m/d/yy, Excel's built-in short date
		CellStyle dayFirst = workbook.createCellStyle();
		dayFirst.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));
		CellStyle dateTime = workbook.createCellStyle();
		dateTime.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
		header(sheet, "ស្រុក/ខណ្ឌ", "លេខទម្រង់ក្រដាស", "នាមត្រកូល", "នាមខ្លួន", "ភេទ", "ថ្ងៃខែឆ្នាំកំណើត", "អាយុ (ឆ្នាំ)",
				"បញ្ហាការពារកុមារ", "កម្រិតហានិភ័យ", "Comments");

		Row r3 = sheet.createRow(2);
		text(r3, 0, "KH-PP");
		r3.createCell(1).setCellValue(101);
		text(r3, 2, "Chan");
		text(r3, 3, "Sokha");
		text(r3, 4, "Female");
		date(r3, 5, LocalDate.of(2012, 5, 3), usDate);
		text(r3, 7, "OCSEA_GROOMING");
		text(r3, 8, "High");
		text(r3, 9, "date cell shown in US format");

		Row r4 = sheet.createRow(3);
		text(r4, 0, "ភ្នំពេញ");
		r4.createCell(1).setCellFormula("\"X-\"&(100+2)");
		text(r4, 2, "Kim");
		text(r4, 3, "Dara");
		text(r4, 4, "M");
		date(r4, 5, LocalDate.of(2013, 11, 20), dayFirst);
		text(r4, 7, "Child labour");
		text(r4, 8, "Medium");

		Row r5 = sheet.createRow(4);
		text(r5, 0, "KH-PP");
		text(r5, 1, "X-103");
		text(r5, 2, "Meas");
		XSSFRichTextString rich = new XSSFRichTextString("Srey Leak");
		XSSFFont bold = workbook.createFont();
		bold.setBold(true);
		rich.applyFont(0, 4, bold);
		r5.createCell(3).setCellValue(rich);
		text(r5, 4, "F");
		text(r5, 5, "about 12");
		text(r5, 7, "NEGLECT");
		text(r5, 8, "LOW");

		Row r6 = sheet.createRow(5);
		text(r6, 0, "KH-PP");
		text(r6, 1, "X-104");
		text(r6, 2, "Heng");
		text(r6, 3, "Vanna");
		text(r6, 4, "M");
		r6.createCell(6).setCellFormula("2026-2014");
		text(r6, 7, "NEGLECT");
		text(r6, 8, "Low");

		Row r7 = sheet.createRow(6);
		text(r7, 0, "KH-PP");
		text(r7, 1, "X-105");
		text(r7, 2, "Ly");
		text(r7, 3, "Bopha");
		text(r7, 4, "F");
		Cell when = r7.createCell(5);
		when.setCellValue(LocalDateTime.of(2012, 6, 15, 8, 30));
		when.setCellStyle(dateTime);
		text(r7, 7, "TRAFFICKING");
		text(r7, 8, "High");

		Row r8 = sheet.createRow(7);
		text(r8, 0, "KH-PP");
		text(r8, 1, "X-106");
		text(r8, 2, "Error");
		text(r8, 3, "Cell");
		text(r8, 4, "F");
		r8.createCell(5).setCellFormula("NA()");
		text(r8, 7, "NEGLECT");
		text(r8, 8, "Low");

		Row r9 = sheet.createRow(8);
		text(r9, 0, "KH-PP");
		text(r9, 1, "X-107");
		text(r9, 2, "Uncalculated");
		text(r9, 3, "Formula");
		text(r9, 4, "F");
		text(r9, 7, "NEGLECT");
		text(r9, 8, "Low");

		Row r10 = sheet.createRow(9);
		text(r10, 0, "KH-SR");
		text(r10, 1, "X-108");
		text(r10, 2, "Other");
		text(r10, 3, "District");
		text(r10, 4, "M");
		text(r10, 5, "2012-01-01");
		text(r10, 7, "NEGLECT");
		text(r10, 8, "Low");

		Row r11 = sheet.createRow(10);
		text(r11, 0, "KH-PP");
		text(r11, 1, "X-109");
		text(r11, 2, "Boolean");
		text(r11, 3, "Risk");
		text(r11, 4, "M");
		r11.createCell(5).setCellValue(2012);
		text(r11, 7, "NEGLECT");
		r11.createCell(8).setCellValue(true);

		Row r12 = sheet.createRow(11);
		text(r12, 0, "KH-PP");
		text(r12, 1, "0110");
		text(r12, 2, "Touch");
		text(r12, 3, "Maly");
		text(r12, 4, "ស្រី");
		text(r12, 5, "15/05/2013");
		text(r12, 7, "neglect; child labour");
		text(r12, 8, "low");

		workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		// Set after evaluation, so the file holds a formula without a calculated value, as some tools write.
		r9.createCell(5).setCellFormula("DATE(2012,1,1)");

		Sheet codes = workbook.createSheet("Codes");
		header(codes, "not", "case", "rows");
		Row decoy = codes.createRow(1);
		text(decoy, 0, "KH-PP");
		text(decoy, 1, "X-999");
		return workbook;
	}

	/** Written by the streaming writer: inline strings instead of a shared table, and 1904 date serials. */
	static Workbook inlineStrings1904() {
		SXSSFWorkbook workbook = new SXSSFWorkbook(10);
		workbook.getXSSFWorkbook().getCTWorkbook().addNewWorkbookPr().setDate1904(true);
		CellStyle isoDate = workbook.createCellStyle();
		isoDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		Sheet sheet = workbook.createSheet("Cases");
		header(sheet, "Paper form number", "District", "Given name", "Family name", "Sex", "Date of birth", "Concerns",
				"Risk level");
		Row row = sheet.createRow(1);
		text(row, 0, "IN-1");
		text(row, 1, "KH-PP");
		text(row, 2, "Kosal");
		text(row, 3, "Pich");
		text(row, 4, "M");
		date(row, 5, LocalDate.of(2011, 3, 7), isoDate);
		text(row, 6, "NEGLECT");
		text(row, 7, "MEDIUM");
		return workbook;
	}

	static void header(Sheet sheet, String... titles) {
		Row header = sheet.createRow(0);
		for (int i = 0; i < titles.length; i++) {
			header.createCell(i).setCellValue(titles[i]);
		}
	}

	static void text(Row row, int column, String value) {
		row.createCell(column).setCellValue(value);
	}

	static void date(Row row, int column, LocalDate value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	static byte[] bytes(Workbook workbook) throws IOException {
		try (var out = new java.io.ByteArrayOutputStream()) {
			workbook.write(out);
			workbook.close();
			return out.toByteArray();
		}
	}

	private static void write(Path file, Workbook workbook) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		workbook.close();
	}

}
