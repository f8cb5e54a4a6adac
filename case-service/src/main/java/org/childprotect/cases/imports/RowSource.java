package org.childprotect.cases.imports;

import java.io.Closeable;
import java.io.IOException;

import org.jspecify.annotations.Nullable;

/**
 * The rows of an uploaded file, one at a time, so that memory does not grow with the file. Blank rows are
 * skipped. Fails with {@link UnreadableFile} when the file cannot be read as its format says.
 */
interface RowSource extends Closeable {

	/** The next non-blank row, or {@code null} at the end of the file. */
	@Nullable SourceRow next() throws IOException;

}
