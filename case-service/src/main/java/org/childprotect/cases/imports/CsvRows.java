package org.childprotect.cases.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads CSV as RFC 4180 describes it, and as spreadsheets really write it: UTF-8 with or without a byte-order mark
 * (UTF-16 when its mark says so), comma, semicolon or tab between fields (guessed from the header line), quoted
 * fields holding separators, quotes and line breaks, and CRLF, LF or CR line ends. Streams: only the current
 * record is held in memory, and a runaway field (an unclosed quote) is stopped at {@link #MAX_FIELD_LENGTH}.
 */
final class CsvRows implements RowSource {

	static final int MAX_FIELD_LENGTH = 10_000;

	static final int MAX_COLUMNS = 256;

	private static final int SNIFF_LIMIT = 64 * 1024;

	private final Reader reader;

	private final char[] buffer = new char[64 * 1024];

	private int position;

	private int limit;

	private final char delimiter;

	private int recordNumber;

	private final StringBuilder field = new StringBuilder();

	CsvRows(InputStream in) throws IOException {
		BufferedInputStream bytes = new BufferedInputStream(in, 64 * 1024);
		this.reader = new InputStreamReader(bytes, strict(charsetAfterMark(bytes)));
		this.delimiter = sniffDelimiter();
	}

	char delimiter() {
		return delimiter;
	}

	@Override
	public @Nullable SourceRow next() throws IOException {
		while (true) {
			List<String> record = readRecord();
			if (record == null) {
				return null;
			}
			recordNumber++;
			if (record.stream().anyMatch(value -> !value.isBlank())) {
				return new SourceRow(recordNumber, record);
			}
		}
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}

	/** Consumes a byte-order mark if there is one and says which encoding it stands for; UTF-8 without one. */
	private static Charset charsetAfterMark(BufferedInputStream in) throws IOException {
		in.mark(3);
		int b0 = in.read();
		int b1 = in.read();
		int b2 = in.read();
		if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
			return StandardCharsets.UTF_8;
		}
		in.reset();
		if (b0 == 0xFF && b1 == 0xFE) {
			in.skipNBytes(2);
			return StandardCharsets.UTF_16LE;
		}
		if (b0 == 0xFE && b1 == 0xFF) {
			in.skipNBytes(2);
			return StandardCharsets.UTF_16BE;
		}
		return StandardCharsets.UTF_8;
	}

	/** Refuses bytes that are not valid in the encoding instead of turning names into replacement characters. */
	private static java.nio.charset.CharsetDecoder strict(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	/**
	 * Counts commas, semicolons and tabs outside quotes on the first line; the most frequent one wins. Excel
	 * writes semicolons where the comma is the decimal mark, so both must work without asking the clerk.
	 */
	private char sniffDelimiter() throws IOException {
		int commas = 0;
		int semicolons = 0;
		int tabs = 0;
		boolean quoted = false;
		fill();
		for (int i = 0; i < limit && i < SNIFF_LIMIT; i++) {
			char c = buffer[i];
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
			else if (!quoted && c == '\t') {
				tabs++;
			}
		}
		if (semicolons > commas && semicolons >= tabs) {
			return ';';
		}
		return tabs > commas ? '\t' : ',';
	}

	/** Reads ahead so that the sniffer sees the whole first line even when the reader returns it piecemeal. */
	private void fill() throws IOException {
		while (limit < buffer.length) {
			int read = decode(buffer, limit, buffer.length - limit);
			if (read < 0) {
				return;
			}
			limit += read;
			for (int i = limit - read; i < limit; i++) {
				if (buffer[i] == '\n' || buffer[i] == '\r') {
					return;
				}
			}
		}
	}

	private int read() throws IOException {
		if (position == limit) {
			int read = decode(buffer, 0, buffer.length);
			if (read <= 0) {
				return -1;
			}
			position = 0;
			limit = read;
		}
		return buffer[position++];
	}

	private int peek() throws IOException {
		int c = read();
		if (c >= 0) {
			position--;
		}
		return c;
	}

	private int decode(char[] into, int offset, int length) throws IOException {
		try {
			return reader.read(into, offset, length);
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableFile("The file is not UTF-8 text (near row " + (recordNumber + 1)
					+ "). In Excel, save it as \"CSV UTF-8\".", ex);
		}
	}

	private @Nullable List<String> readRecord() throws IOException {
		List<String> record = new ArrayList<>();
		field.setLength(0);
		boolean quoted = false;
		boolean afterQuote = false;
		boolean sawAnything = false;
		while (true) {
			int c = read();
			if (c < 0) {
				if (quoted) {
					throw new UnreadableFile("A quoted value starting in row " + (recordNumber + 1)
							+ " is never closed: check for a missing quote mark.");
				}
				if (!sawAnything) {
					return null;
				}
				record.add(field.toString());
				return record;
			}
			sawAnything = true;
			if (quoted) {
				if (c == '"') {
					quoted = false;
					afterQuote = true;
				}
				else {
					append((char) c);
				}
				continue;
			}
			if (c == '"' && afterQuote) {
				// A doubled quote inside a quoted field stands for one quote.
				append('"');
				quoted = true;
				afterQuote = false;
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == delimiter) {
				endField(record);
				afterQuote = false;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && peek() == '\n') {
					read();
				}
				record.add(field.toString());
				return record;
			}
			else {
				// Text after a closing quote, or a quote inside an unquoted field: kept as written.
				append((char) c);
				afterQuote = false;
			}
		}
	}

	private void endField(List<String> record) {
		record.add(field.toString());
		field.setLength(0);
		if (record.size() > MAX_COLUMNS) {
			throw new UnreadableFile("Row " + (recordNumber + 1) + " has more than " + MAX_COLUMNS + " columns.");
		}
	}

	private void append(char c) {
		if (field.length() >= MAX_FIELD_LENGTH) {
			throw new UnreadableFile("A value in row " + (recordNumber + 1) + " is longer than " + MAX_FIELD_LENGTH
					+ " characters: check for a missing closing quote.");
		}
		field.append(c);
	}

}
