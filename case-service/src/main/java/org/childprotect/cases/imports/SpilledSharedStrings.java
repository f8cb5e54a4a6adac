package org.childprotect.cases.imports;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * The shared-strings table of an XLSX file, kept in a temporary file rather than on the heap. Excel stores every
 * distinct text of a workbook there, so for a big file of names it is the one part that grows with the file;
 * here only one offset per string stays in memory.
 */
final class SpilledSharedStrings implements Closeable {

	private final Path file;

	private final long[] offsets;

	private final int count;

	private final @Nullable MappedByteBuffer mapped;

	private SpilledSharedStrings(Path file, long[] offsets, int count) throws IOException {
		this.file = file;
		this.offsets = offsets;
		this.count = count;
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			this.mapped = size == 0 ? null : channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
		}
	}

	static SpilledSharedStrings none(Path directory) throws IOException {
		return read(null, directory);
	}

	/** Reads {@code sst} XML (may be null when the workbook has no shared strings). */
	static SpilledSharedStrings read(@Nullable InputStream sharedStringsXml, Path directory) throws IOException {
		Path spill = Files.createTempFile(directory, "sst-", ".bin");
		long[] offsets = new long[1024];
		int count = 0;
		long written = 0;
		try (OutputStream raw = Files.newOutputStream(spill);
				DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 64 * 1024))) {
			if (sharedStringsXml != null) {
				XMLStreamReader xml = SafeXml.reader(sharedStringsXml);
				StringBuilder text = new StringBuilder();
				int phoneticDepth = 0;
				boolean inText = false;
				while (xml.hasNext()) {
					int event = xml.next();
					if (event == XMLStreamConstants.START_ELEMENT) {
						String name = xml.getLocalName();
						if (name.equals("si")) {
							text.setLength(0);
						}
						else if (name.equals("rPh")) {
							phoneticDepth++;
						}
						else if (name.equals("t") && phoneticDepth == 0) {
							inText = true;
						}
					}
					else if (event == XMLStreamConstants.CHARACTERS && inText) {
						text.append(xml.getText());
					}
					else if (event == XMLStreamConstants.END_ELEMENT) {
						String name = xml.getLocalName();
						if (name.equals("t")) {
							inText = false;
						}
						else if (name.equals("rPh")) {
							phoneticDepth--;
						}
						else if (name.equals("si")) {
							if (count == offsets.length) {
								offsets = Arrays.copyOf(offsets, offsets.length * 2);
							}
							offsets[count++] = written;
							byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
							out.writeInt(bytes.length);
							out.write(bytes);
							written += 4L + bytes.length;
						}
					}
				}
				xml.close();
			}
		}
		catch (XMLStreamException ex) {
			Files.deleteIfExists(spill);
			throw new UnreadableFile("The workbook's text table cannot be read; save the file again in Excel.", ex);
		}
		if (written > Integer.MAX_VALUE) {
			Files.deleteIfExists(spill);
			throw new UnreadableFile("The workbook holds more text than an import can take; split the file.");
		}
		return new SpilledSharedStrings(spill, offsets, count);
	}

	/** The string at {@code index}, or {@code null} when the file refers to one that does not exist. */
	@Nullable String get(int index) {
		if (index < 0 || index >= count || mapped == null) {
			return null;
		}
		int at = (int) offsets[index];
		int length = mapped.getInt(at);
		byte[] bytes = new byte[length];
		mapped.get(at + 4, bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	@Override
	public void close() throws IOException {
		Files.deleteIfExists(file);
	}

}
