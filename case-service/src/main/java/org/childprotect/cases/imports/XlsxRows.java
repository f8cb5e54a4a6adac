package org.childprotect.cases.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;

/**
 * Reads the first sheet of an XLSX workbook as a stream of rows with POI's event (streaming) model and a StAX pull
 * parser: the sheet XML is never held whole, and shared strings go to a temporary file. Numbers in date formats
 * come out as ISO dates (so Excel's display format cannot turn 3 May into 5 March), other numbers as plain
 * decimals, formulas as their last calculated value.
 */
final class XlsxRows implements RowSource {

	private static final String UNCALCULATED = "the cell has a formula that was never calculated; open the file in "
			+ "Excel and save it again";

	private final OPCPackage workbook;

	private final SpilledSharedStrings sharedStrings;

	private final @Nullable StylesTable styles;

	private final boolean date1904;

	private final InputStream sheet;

	private final XMLStreamReader xml;

	private final Map<Integer, Boolean> dateStyles = new HashMap<>();

	private int lastRow;

	XlsxRows(Path file, Path scratchDirectory) throws IOException {
		try {
			this.workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (InvalidFormatException | RuntimeException ex) {
			throw new UnreadableFile("The file is not a readable XLSX workbook.", ex);
		}
		try {
			XSSFReader reader = new XSSFReader(workbook);
			this.date1904 = usesDate1904(reader);
			this.styles = stylesOf(reader);
			this.sharedStrings = SpilledSharedStrings.read(sharedStringsOf(reader), scratchDirectory);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new UnreadableFile("The workbook has no sheet.");
			}
			this.sheet = sheets.next();
			this.xml = SafeXml.reader(sheet);
		}
		catch (OpenXML4JException | XMLStreamException | RuntimeException ex) {
			workbook.revert();
			throw ex instanceof UnreadableFile unreadable ? unreadable
					: new UnreadableFile("The file is not a readable XLSX workbook.", ex);
		}
	}

	@Override
	public @Nullable SourceRow next() throws IOException {
		try {
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
					SourceRow row = readRow();
					if (row.cells().stream().anyMatch(value -> !value.isBlank()) || !row.unreadableCells().isEmpty()) {
						return row;
					}
				}
			}
			return null;
		}
		catch (XMLStreamException ex) {
			throw new UnreadableFile("The sheet cannot be read after row " + lastRow + "; save the file again in Excel.",
					ex);
		}
	}

	private SourceRow readRow() throws XMLStreamException {
		String r = xml.getAttributeValue(null, "r");
		int number = r == null ? lastRow + 1 : Integer.parseInt(r);
		lastRow = number;
		List<String> cells = new ArrayList<>();
		Map<Integer, String> unreadable = new HashMap<>();
		int nextColumn = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
				String ref = xml.getAttributeValue(null, "r");
				int column = ref == null ? nextColumn : columnOf(ref);
				nextColumn = column + 1;
				Cell cell = readCell();
				if (column >= CsvRows.MAX_COLUMNS) {
					continue;
				}
				while (cells.size() <= column) {
					cells.add("");
				}
				cells.set(column, cell.value);
				if (cell.problem != null) {
					unreadable.put(column, cell.problem);
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
				break;
			}
		}
		return new SourceRow(number, cells, unreadable);
	}

	/** Reads one {@code <c>} element, positioned on its start tag, up to its end tag. */
	private Cell readCell() throws XMLStreamException {
		String type = xml.getAttributeValue(null, "t");
		String style = xml.getAttributeValue(null, "s");
		String raw = null;
		boolean formula = false;
		StringBuilder inline = null;
		int phoneticDepth = 0;
		boolean inInlineText = false;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (xml.getLocalName()) {
					case "v" -> raw = xml.getElementText();
					case "f" -> {
						formula = true;
						xml.getElementText();
					}
					case "is" -> inline = new StringBuilder();
					case "rPh" -> phoneticDepth++;
					case "t" -> inInlineText = inline != null && phoneticDepth == 0;
					default -> {
					}
				}
			}
			else if (event == XMLStreamConstants.CHARACTERS && inInlineText && inline != null) {
				inline.append(xml.getText());
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				switch (xml.getLocalName()) {
					case "t" -> inInlineText = false;
					case "rPh" -> phoneticDepth--;
					case "c" -> {
						return interpret(type, style, raw, inline, formula);
					}
					default -> {
					}
				}
			}
		}
		return new Cell("", null);
	}

	private Cell interpret(@Nullable String type, @Nullable String style, @Nullable String raw,
			@Nullable StringBuilder inline, boolean formula) {
		if ("inlineStr".equals(type)) {
			return new Cell(inline == null ? "" : inline.toString(), null);
		}
		if (raw == null) {
			return formula ? new Cell("", UNCALCULATED) : new Cell("", null);
		}
		if (type == null || type.equals("n")) {
			return number(raw, style);
		}
		return switch (type) {
			case "s" -> {
				Integer index = parseIndex(raw);
				String text = index == null ? null : sharedStrings.get(index);
				yield text == null ? new Cell("", "the cell refers to text the workbook does not contain")
						: new Cell(text, null);
			}
			case "str" -> new Cell(raw, null);
			case "b" -> new Cell("1".equals(raw) ? "TRUE" : "FALSE", null);
			case "e" -> new Cell("", "the cell shows the error " + raw);
			case "d" -> new Cell(raw.length() >= 10 ? raw.substring(0, 10) : raw, null);
			default -> new Cell(raw, null);
		};
	}

	private Cell number(String raw, @Nullable String style) {
		double value;
		try {
			value = Double.parseDouble(raw);
		}
		catch (NumberFormatException ex) {
			return new Cell("", "the cell holds a number the file does not spell correctly");
		}
		if (style != null && isDateStyle(Integer.parseInt(style)) && DateUtil.isValidExcelDate(value)) {
			LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904);
			return new Cell(dateTime.toLocalDate().toString(), null);
		}
		BigDecimal decimal = new BigDecimal(raw).stripTrailingZeros();
		return new Cell(decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString(), null);
	}

	private boolean isDateStyle(int index) {
		if (styles == null) {
			return false;
		}
		return dateStyles.computeIfAbsent(index, key -> {
			if (key >= styles.getNumCellStyles()) {
				return false;
			}
			XSSFCellStyle cellStyle = styles.getStyleAt(key);
			return cellStyle != null
					&& DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
		});
	}

	private static @Nullable Integer parseIndex(String raw) {
		try {
			return Integer.valueOf(raw.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** "AB12" → 27 (zero-based). */
	static int columnOf(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + (c - 'A' + 1);
		}
		return column - 1;
	}

	private static @Nullable StylesTable stylesOf(XSSFReader reader) {
		try {
			return reader.getStylesTable();
		}
		catch (IOException | InvalidFormatException | RuntimeException noStyles) {
			return null;
		}
	}

	private static @Nullable InputStream sharedStringsOf(XSSFReader reader) {
		try {
			return reader.getSharedStringsData();
		}
		catch (IOException | InvalidFormatException | RuntimeException noSharedStrings) {
			return null;
		}
	}

	/** Workbooks from old Mac Excel count days from 1904; their serial numbers mean other dates. */
	private static boolean usesDate1904(XSSFReader reader) throws IOException, InvalidFormatException,
			XMLStreamException {
		try (InputStream in = reader.getWorkbookData()) {
			XMLStreamReader workbookXml = SafeXml.reader(in);
			while (workbookXml.hasNext()) {
				if (workbookXml.next() == XMLStreamConstants.START_ELEMENT
						&& workbookXml.getLocalName().equals("workbookPr")) {
					String value = workbookXml.getAttributeValue(null, "date1904");
					return "1".equals(value) || "true".equalsIgnoreCase(value);
				}
				if (workbookXml.getEventType() == XMLStreamConstants.START_ELEMENT
						&& workbookXml.getLocalName().equals("sheets")) {
					return false;
				}
			}
			return false;
		}
	}

	@Override
	public void close() throws IOException {
		try {
			xml.close();
		}
		catch (XMLStreamException ignored) {
			// Closing a reader that failed half-way has nothing left to release.
		}
		finally {
			sheet.close();
			sharedStrings.close();
			workbook.revert();
		}
	}

	private record Cell(String value, @Nullable String problem) {
	}

}
