package org.childprotect.cases.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Uploaded files between the request and the job that reads them: written to a private spool directory while
 * their hash and size are taken, recognised by content, counted, and deleted as soon as the job is done with
 * them. Nothing of an upload is kept after processing.
 */
@Component
class ImportFiles implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(ImportFiles.class);

	private static final String SUFFIX = ".upload";

	private final ImportProperties properties;

	ImportFiles(ImportProperties properties) {
		this.properties = properties;
	}

	/**
	 * Starts clean: uploads left by a stopped instance belong to jobs that are declared interrupted and will be
	 * uploaded again, so they are deleted rather than kept.
	 */
	@Override
	public void afterPropertiesSet() throws IOException {
		Path directory = directory();
		try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
			for (Path leftover : leftovers) {
				Files.deleteIfExists(leftover);
			}
		}
		try (DirectoryStream<Path> scratch = Files.newDirectoryStream(directory, "sst-*")) {
			for (Path leftover : scratch) {
				Files.deleteIfExists(leftover);
			}
		}
	}

	/** An upload on disk: where, its SHA-256, its size and what it turned out to be. */
	record Spooled(Path path, String sha256, long size, FileFormat format) {
	}

	/** What a first pass over the file found: the header and how many data rows follow. */
	record Scan(ColumnLayout layout, int rows) {
	}

	/** Copies the upload to the spool, refusing it as soon as it grows past the limit. */
	Spooled spool(InputStream upload, ImportJobId job) throws IOException {
		Path path = directory().resolve(job + SUFFIX);
		MessageDigest sha256 = sha256();
		long limit = properties.maxFileSize().toBytes();
		long size = 0;
		try (InputStream in = new DigestInputStream(upload, sha256); OutputStream out = Files.newOutputStream(path)) {
			byte[] buffer = new byte[64 * 1024];
			for (int read; (read = in.read(buffer)) >= 0;) {
				size += read;
				if (size > limit) {
					throw new FileTooLarge(properties.maxFileSize());
				}
				out.write(buffer, 0, read);
			}
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(path);
			throw ex;
		}
		if (size == 0) {
			Files.deleteIfExists(path);
			throw new UnreadableFile("The file is empty.");
		}
		try {
			return new Spooled(path, HexFormat.of().formatHex(sha256.digest()), size, formatOf(path));
		}
		catch (RuntimeException ex) {
			Files.deleteIfExists(path);
			throw ex;
		}
	}

	/** Reads the header and counts the rows, refusing files that cannot be imported as a whole. */
	Scan scan(Spooled file) throws IOException {
		try (RowSource rows = open(file.path(), file.format())) {
			SourceRow header = rows.next();
			if (header == null) {
				throw new UnreadableFile("The file has no rows, not even a header row.");
			}
			ColumnLayout layout = ColumnLayout.of(header);
			int count = 0;
			while (rows.next() != null) {
				if (++count > properties.maxRows()) {
					throw new TooManyRows(properties.maxRows());
				}
			}
			return new Scan(layout, count);
		}
	}

	RowSource open(Path path, FileFormat format) throws IOException {
		return switch (format) {
			case CSV -> new CsvRows(Files.newInputStream(path));
			case XLSX -> new XlsxRows(path, directory());
		};
	}

	void delete(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// The name is a job id, not personal data; the content stays private to the service's user.
			log.warn("Could not delete spooled upload {}: {}", path.getFileName(), ex.getClass().getSimpleName());
		}
	}

	Path spooled(ImportJobId job) {
		return directory().resolve(job + SUFFIX);
	}

	/** By the first bytes: a ZIP is an XLSX workbook, an OLE2 file an old .xls, anything else CSV text. */
	private static FileFormat formatOf(Path path) throws IOException {
		byte[] head = new byte[8];
		int read;
		try (InputStream in = Files.newInputStream(path)) {
			read = in.readNBytes(head, 0, head.length);
		}
		if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return FileFormat.XLSX;
		}
		if (read >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
				&& (head[3] & 0xff) == 0xE0) {
			throw new UnreadableFile("Old Excel workbooks (.xls) cannot be imported. Save the file as Excel Workbook "
					+ "(.xlsx) or as CSV UTF-8 and upload it again.");
		}
		return FileFormat.CSV;
	}

	private Path directory() {
		Path directory = properties.spoolDirectory();
		try {
			if (!Files.isDirectory(directory)) {
				if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
					// Uploads hold children's records: readable by the service's user only.
					Files.createDirectories(directory,
							PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
				}
				else {
					Files.createDirectories(directory);
				}
			}
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", ex);
		}
	}

}
